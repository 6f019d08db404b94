/** Where an activity's text comes from: shown under it, linked, and marked with its language. */
export interface Attribution {
  /** Where the text comes from (shown under it). */
  readonly source?: string;
  /** A link to the original (an http(s) address): the quote's `cite`, and the source as a link. */
  readonly url?: string;
  /** The text's language when it differs from the page's (`en` in a Spanish page, say). */
  readonly lang?: string;
}

/** Sources cited in an activity's reasons (`[@id]` in a `why`), numbered as the lesson lists them. */
export interface CitedReasons {
  /** The number of each cited source in the lesson's list, by id: the build sets it. */
  readonly citations?: Readonly<Record<string, number>>;
}
