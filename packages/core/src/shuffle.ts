/** FNV-1a: a string to a 32-bit seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The items in an order that depends only on `seed`: the same seed gives the
 * same order on every visit, another seed most likely another order.
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = generator(hash(seed));
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const item = result[index] as T;
    result[index] = result[other] as T;
    result[other] = item;
  }
  return result;
}

/**
 * Like `seededShuffle`, but never returns the items in their original order
 * when there are two or more (an ordering task must not start solved), nor in
 * an order `solved` accepts (events of the same date in either order).
 */
export function shuffleAway<T>(
  items: readonly T[],
  seed: string,
  solved: (order: readonly T[]) => boolean = (order) => order.every((item, index) => item === items[index]),
): T[] {
  if (items.length < 2) return [...items];
  for (let round = 0; round < 8; round += 1) {
    const result = seededShuffle(items, `${seed}#${round}`);
    if (!solved(result)) return result;
  }
  return [...items.slice(1), ...items.slice(0, 1)];
}
