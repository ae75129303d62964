// A route the spec does not describe: its 409 is documented by the spec's other operations, like any catalog.
import express from 'express';

export const carts = express.Router();

carts.delete('/carts/:id', (req, res) => res.status(409).end());
