// Order updates, in a project whose own catalog (project-catalogs/orders.md) is consulted once
// statusCatalog.catalogPaths names it. Nothing in this file names a catalog.
interface Reply {
  status(code: number): Reply;
  end(): void;
}

export async function updateOrder(res: Reply, order: { version: number } | undefined, version: number): Promise<void> {
  if (!order) {
    res.status(404).end();
    return;
  }
  if (order.version !== version) res.status(409).end();
}
