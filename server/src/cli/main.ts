// Placeholder: the CLI entry point.
console.error('status-catalog: not implemented yet');
process.exit(1);
