// What the two halves of the reload check share: the document, and how to read back what the
// Entities view lists.
import * as vscode from 'vscode';
import { activeExtension, eventually, openFixture } from '../integration/helpers';

export const FIXTURE = 'xi-putin-moscow.txt';

const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

/** "Organizations/Victory Parade" for each entity the Entities view lists, once `expected` holds. */
export async function entitiesShown(expected: (listed: string[]) => boolean): Promise<string[]> {
  const tree = ((await activeExtension()).exports as { entitiesTree: vscode.TreeDataProvider<unknown> }).entitiesTree;
  let listed: string[] = [];
  return eventually(async () => {
    listed = [];
    for (const group of (await tree.getChildren()) ?? []) {
      const kind = label(await tree.getTreeItem(group));
      for (const entity of (await tree.getChildren(group)) ?? []) listed.push(`${kind}/${label(await tree.getTreeItem(entity))}`);
    }
    return expected(listed) ? listed : undefined;
  }, 'the Entities view to list the expected names', 20000).catch((error: Error) => {
    throw new Error(`${error.message}; it lists ${listed.join(', ')}`);
  });
}

export async function openArticle(): Promise<vscode.TextEditor> {
  return openFixture(FIXTURE);
}
