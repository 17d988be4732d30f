/**
 * Rollup plugin: shrinks the CSS in Lit's css`…` literals of our own sources
 * (comments out, whitespace collapsed). Only literals without `${}` are
 * touched, so nothing is ever cut through an expression.
 */
export function minifyCssLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      return { code: out, map: null };
    },
  };
}

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
