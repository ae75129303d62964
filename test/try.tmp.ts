import { loadCatalogFile } from '../server/src/catalog/catalogFolder';
const page = '# Orders\n\n| Code | Message | Description |\n| --- | --- | --- |\n| 404 | Not Found | No such order. |\n| 409x | Conflict | Two edits. |\n';
console.log(loadCatalogFile('/w/orders.md', {}, 'user', { readDirectory: () => [], readFile: () => page }));
