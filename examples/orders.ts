// An Express handler for a Document Database Service (DDS) backed orders API.
// Run `node dist/cli.js check examples` to see what Status Catalog says about it.
// status-catalog: dds
import express from 'express';

const app = express();
const RETRY_AFTER_MS = 500; // a duration, not a status code

app.post('/orders', async (req, res) => {
  if (!req.body) return res.status(400).json({ error: 'missing body' });
  const existing = await findOrder(req.body.id);
  if (existing) return res.status(409).json({ error: 'order exists' });
  setTimeout(() => undefined, RETRY_AFTER_MS);
  res.status(201).json({ id: req.body.id });
});

app.get('/teapot', (_req, res) => {
  res.status(418).send('not documented by DDS');
});

export async function fetchOrder(id: string): Promise<unknown> {
  const response = await fetch(`https://orders.example/${id}`);
  if (response.status === 404) return undefined;
  if (response.status >= 500) throw new Error(`server error ${response.status}`);
  return response.json();
}

declare function findOrder(id: string): Promise<unknown>;
