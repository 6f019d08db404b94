export { LkBill } from './bill.js';
export { LkBillCompare } from './compare.js';
export {
  STAGES,
  parseVote,
  splitTerms,
  type BillData,
  type Sponsor,
  type Stage,
  type StageEvent,
  type ComparedBill,
  type CompareData,
  type WhichBillQuestion,
} from './model.js';
export { en as billStringsEn, es as billStringsEs, type BillStringKey } from './strings.js';
