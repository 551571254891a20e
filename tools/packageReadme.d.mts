// Types for tools/packageReadme.mjs, which the unit tests use.
export function readmeForDetailsPage(markdown: string): string;
