// Module boundaries, enforced by the linter (see ARCHITECTURE "Layout"):
//  - src/platform/ knows no domain: it never imports from src/modules/ or from the app's composition files;
//  - a module uses another module only through that module's `<name>.service.ts`; the one exception is a
//    table file naming another module's table file, because a foreign key has to point at the table itself.
import path from 'node:path';

const COMPOSITION_FILES = ['app.ts', 'routes.ts', 'messages.ts', 'dependencies.ts', 'main.ts'];

/** Where a file sits: { area: 'platform' | 'module' | 'other', module?: name, relative: path under src }. */
export function locate(file, srcRoot) {
  const relative = path.relative(srcRoot, file).split(path.sep).join('/');
  if (relative.startsWith('..')) return { area: 'outside', relative };
  if (relative.startsWith('platform/')) return { area: 'platform', relative };
  const match = /^modules\/([^/]+)\//.exec(relative);
  if (match) return { area: 'module', module: match[1], relative };
  return { area: 'other', relative };
}

/** The reason an import breaks a boundary, or null when it is allowed. */
export function boundaryViolation(fromFile, importedFile, srcRoot) {
  const from = locate(fromFile, srcRoot);
  const to = locate(importedFile.replace(/\.(tsx?|js)$/, '') + '.ts', srcRoot);
  if (from.area === 'platform') {
    if (to.area === 'module') return 'src/platform must not import a module (platform knows no domain).';
    if (to.area === 'other' && COMPOSITION_FILES.includes(to.relative.replace(/\.tsx?$/, '.ts'))) {
      return 'src/platform must not import the composition files (app, routes, messages, dependencies).';
    }
  }
  if (from.area === 'module' && to.area === 'module' && from.module !== to.module) {
    const serviceFile = new RegExp(`^modules/${to.module}/${to.module}\\.service\\.ts$`);
    const tableToTable = from.relative.endsWith('.tables.ts') && to.relative.endsWith('.tables.ts');
    if (!serviceFile.test(to.relative) && !tableToTable)
      return `a module uses module "${to.module}" only through modules/${to.module}/${to.module}.service.ts.`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps platform free of domain code and modules talking through services.' },
    schema: [{ type: 'object', properties: { srcRoot: { type: 'string' } } }],
  },
  create(context) {
    const srcRoot = path.resolve(context.options[0]?.srcRoot ?? 'src');
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source);
      const reason = boundaryViolation(context.filename, target, srcRoot);
      if (reason) context.report({ node: node.source, message: `Import of "${source}" crosses a boundary: ${reason}` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { enforce: rule } };
