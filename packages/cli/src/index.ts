export { main } from './main.js';
export {
  blocks,
  compileFile,
  findLessons,
  runtimeScript,
  writeLesson,
  type CompiledLesson,
  type Format,
} from './lessons.js';
