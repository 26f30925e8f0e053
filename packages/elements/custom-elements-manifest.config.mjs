// `npm run manifest` (in the repository root): writes packages/elements/custom-elements.json from the
// element classes and their JSDoc (@fires, @csspart, @cssprop, @slot, @attr). Editors, Storybook and
// docs read it; scripts/build-elements-readme.mjs turns it into the README's API tables.

/**
 * Our tags are registered by `defineElement('tag', Class)` in each component's registration file
 * (src/components/<name>/<name>.ts), not by `customElements.define` or `@customElement`, which is
 * all the analyzer knows. This marks each class so registered as a custom element with its tag.
 */
function defineElementCalls() {
  const tags = new Map();
  return {
    name: 'mpf-define-element-calls',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor)) tags.set(ctor.text, tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = declaration.kind === 'class' ? tags.get(declaration.name) : undefined;
          if (!tag) continue;
          declaration.customElement = true;
          declaration.tagName = tag;
          // Events come from the @fires JSDoc; `dispatchEvent(new MpfXEvent())` alone gives no name.
          declaration.events = (declaration.events ?? []).filter((event) => event.name?.startsWith('mpf-'));
        }
        // Registration files only re-export; keep the manifest to the classes.
        if (!mod.path.endsWith('.component.ts')) mod.declarations = [];
      }
      // Sorted by path: the analyzer lists files in whatever order its file search returns them.
      customElementsManifest.modules = customElementsManifest.modules
        .filter((mod) => mod.declarations.length > 0)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/internal/mpf-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineElementCalls()],
};
