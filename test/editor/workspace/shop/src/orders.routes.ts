// Express routes of the shop, described by api/openapi.yaml (named in ../status-catalog.config.json).
import express from 'express';

const orders = new Map<string, unknown>();
export const router = express.Router();

router.post('/orders/:id', (req, res) => {
  if (orders.has(req.params.id)) return res.status(409).json({ error: 'order exists' });
  if (!req.body) return res.status(412).json({ error: 'send the order' });
  orders.set(req.params.id, req.body);
  return res.status(201).json({ id: req.params.id });
});
