/**
 * A served API runs in production mode unless told otherwise. Imported first by the entry
 * points, before graphql-js loads: outside production it checks every `instanceof` for a
 * second copy of itself, about a tenth of the time spent executing a query.
 */
process.env.NODE_ENV ??= 'production';
