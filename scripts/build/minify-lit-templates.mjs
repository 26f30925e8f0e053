/**
 * Vite/Rolldown plugin for the CDN bundle: shrinks the static text of Lit's css`` and html`` templates
 * in our own source (never node_modules). The minifier leaves template literals alone, and their
 * indentation and comments are a large share of the entry.
 *
 * Conservative by design: whitespace runs become one space (one newline kept as a space in html, so
 * inline spacing between elements is unchanged) and CSS comments go. In CSS, spaces next to `{`, `}`,
 * `;` and after `,` go too. Nothing inside `${}` expressions is touched, and a template containing
 * <pre> or <textarea> is left as it is.
 */
const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'svg']);

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/,\s+/g, ',')
    .replace(/;}/g, '}');
}

export function minifyHtml(text) {
  return text.replace(/<!--(?!\?)[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

/** Calls `visit` for each node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyLitTemplates() {
  return {
    name: 'mpf-minify-lit-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]s$/.test(id.split('?')[0])) return null;
      if (!/\b(css|html|svg)`/.test(code)) return null;
      const ast = this.parse(code);
      /** [start, end, replacement] of each changed quasi. */
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const isCss = CSS_TAGS.has(node.tag.name);
        if (!isCss && !HTML_TAGS.has(node.tag.name)) return;
        const quasis = node.quasi.quasis;
        if (!isCss && quasis.some((q) => /<(pre|textarea)\b/i.test(q.value.raw))) return;
        for (const quasi of quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw !== quasi.value.raw) continue; // offsets not in UTF-16 units: leave it
          const min = isCss ? minifyCss(raw) : minifyHtml(raw);
          if (min !== raw) edits.push([quasi.start, quasi.end, min]);
        }
      });
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}
