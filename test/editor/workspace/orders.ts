// status-catalog: dds
// Order endpoints of a service that calls the Document Database Service.

interface Request {
  body: { id: string };
  headers: Record<string, string | undefined>;
}
interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

const orders = new Map<string, unknown>();

export function createOrder(req: Request, res: Response): void {
  if (orders.has(req.body.id)) {
    res.status(409).json({ error: 'order exists' });
    return;
  }
  if (req.headers['content-type'] !== 'application/json') {
    res.status(418).json({ error: 'send JSON' });
    return;
  }
  orders.set(req.body.id, req.body);
  res.status(202).json({ id: req.body.id });
}
