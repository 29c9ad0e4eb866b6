/** The bundle's path under `root` when it is there and fresh; undefined when missing, stale or unreadable. */
export declare function freshBundle(root: string): string | undefined;
