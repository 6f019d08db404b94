export { main } from './main.js';
export {
  blocks,
  compileFile,
  findLessons,
  runtimeFiles,
  runtimeScript,
  writeLesson,
  type CompiledLesson,
  type Format,
} from './lessons.js';
