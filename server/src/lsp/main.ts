// Placeholder: the language server entry point is filled in by the LSP wiring.
console.error('status-catalog-language-server: not implemented yet');
process.exit(1);
