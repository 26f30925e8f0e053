/**
 * The language an element should speak: its own `lang`, else the closest
 * ancestor with `lang` (crossing shadow roots to their hosts), else
 * `<html lang>`, else en-GB. Like govuk's `closestAttributeValue`, extended
 * across shadow boundaries.
 */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang')?.trim();
    if (found && value) return value;
    // An empty lang ("unknown") says nothing: keep looking above it.
    if (found) {
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return document.documentElement.getAttribute('lang')?.trim() || 'en-GB';
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
