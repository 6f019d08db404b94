export { LkBill } from './bill.js';
export { STAGES, parseVote, type BillData, type Sponsor, type Stage, type StageEvent } from './model.js';
export { en as billStringsEn, es as billStringsEs, type BillStringKey } from './strings.js';
