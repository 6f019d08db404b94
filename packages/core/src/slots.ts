/**
 * The named slots of a shadow root, by name (the first of each name, as `querySelector` would
 * find it): one query for all of a render's manual slot assignments, rather than one query a slot
 * (a quiz of a hundred questions has a hundred and one).
 */
export function namedSlots(root: ParentNode): Map<string, HTMLSlotElement> {
  const slots = new Map<string, HTMLSlotElement>();
  for (const slot of root.querySelectorAll<HTMLSlotElement>('slot[name]')) {
    if (!slots.has(slot.name)) slots.set(slot.name, slot);
  }
  return slots;
}
