export { LkTimeline, CATEGORIES, type Category, type TimelineEvent, type TimelineEventInput } from './timeline.js';
export { parseDate, datePosition, compareDates, formatDate, isoDate, type TimelineDate } from './dates.js';
export { en as timelineStringsEn, es as timelineStringsEs, type TimelineStringKey } from './strings.js';
