// Browser-test helpers that talk to the test runner (not for stories or pages).
import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree. */
export interface AxNode {
  role: string;
  name: string;
  checked?: boolean | 'mixed';
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  disabled?: boolean;
  level?: number;
  children?: AxNode[];
}

/** The page's whole accessibility tree, groups and lists included (browser tests only). */
export async function accessibilityTree(): Promise<AxNode> {
  return (await executeServerCommand('full-a11y-tree')) as AxNode;
}

/** The first node, depth first, that `test` accepts. */
export function findNode(root: AxNode, test: (node: AxNode) => boolean): AxNode | undefined {
  if (test(root)) return root;
  for (const child of root.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}
