/** Types for the boundary rule's pure function, so its unit test is type-checked. */
export function boundaryViolation(fromFile: string, importedFile: string, srcRoot: string): string | null;
declare const plugin: { rules: Record<string, unknown> };
export default plugin;
