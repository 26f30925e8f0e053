/**
 * Registers a custom element unless its tag is already taken, so loading our
 * script twice (or the CDN and npm builds together) never throws. Follows
 * shoelace's `ShoelaceElement.define` and github's define wrappers.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server rendering or a worker
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // Another copy won the race between `get` and `define`: that copy works too.
    if (error instanceof DOMException && error.name === 'NotSupportedError') return;
    throw error;
  }
}
