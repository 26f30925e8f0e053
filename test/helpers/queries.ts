/**
 * Find things the way a person does, across shadow roots: fields by their
 * visible <label>, buttons by their accessible text, the live region by role.
 * Selector queries are kept for parts only.
 */

/** Every shadow root under `root`, depth first (including `root`'s own, if it is a host). */
export function allShadowRoots(root: Element | ShadowRoot | Document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    if (node instanceof Element && node.shadowRoot) {
      found.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const child of node.querySelectorAll('*')) {
      if (child.shadowRoot) {
        found.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** `querySelectorAll` through every shadow root under `root`. */
export function deepQueryAll<E extends Element = Element>(root: Element | ShadowRoot | Document, selector: string): E[] {
  const scopes: (Element | ShadowRoot | Document)[] = [root, ...allShadowRoots(root)];
  return scopes.flatMap((scope) => [...scope.querySelectorAll<E>(selector)]);
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The visible text of an element, including text in any shadow roots it contains. */
export function deepText(element: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes();
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(element);
  return clean(parts.join(' '));
}

/** The input (or textarea/select) whose <label> text is `text`, in the same shadow root as the label. */
export function getByLabelText(root: Element | ShadowRoot | Document, text: string): HTMLInputElement {
  const label = deepQueryAll<HTMLLabelElement>(root, 'label').find((l) => clean(l.textContent) === text);
  if (!label) throw new Error(`No label with text "${text}"`);
  const control = label.control ?? (label.getRootNode() as ShadowRoot).getElementById?.(label.htmlFor);
  if (!control) throw new Error(`Label "${text}" is not linked to a control`);
  return control as HTMLInputElement;
}

/** Accessible name of a button or link, good enough for our markup: aria-label, else its text. */
export function accessibleName(element: Element): string {
  return clean(element.getAttribute('aria-label')) || deepText(element);
}

/** The button whose accessible name is `name`. */
export function getButton(root: Element | ShadowRoot | Document, name: string): HTMLButtonElement {
  const button = queryButtons(root).find((b) => accessibleName(b) === name);
  if (!button) throw new Error(`No button named "${name}"; found: ${queryButtons(root).map(accessibleName).join(' | ')}`);
  return button;
}

export function queryButtons(root: Element | ShadowRoot | Document): HTMLButtonElement[] {
  return deepQueryAll<HTMLButtonElement>(root, 'button');
}

/** Text of each heading, in document order within each root. */
export function headingTexts(root: Element | ShadowRoot | Document): string[] {
  return deepQueryAll(root, 'h1, h2, h3, h4, h5, h6').map((h) => deepText(h));
}

/** The polite live region (`role="status"`). */
export function getStatus(root: Element | ShadowRoot | Document): HTMLElement {
  const status = deepQueryAll<HTMLElement>(root, '[role="status"]')[0];
  if (!status) throw new Error('No role="status" region');
  return status;
}

/** All text and attribute values in `root` and every shadow root below it. */
export function everythingRendered(root: Element): string {
  const scopes: (Element | ShadowRoot)[] = [root, ...allShadowRoots(root)];
  const chunks: string[] = [];
  for (const scope of scopes) {
    chunks.push(scope.textContent ?? '');
    for (const el of scope.querySelectorAll('*')) for (const attr of el.attributes) chunks.push(attr.value);
  }
  return chunks.join('\n');
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
