/** @module The client kit's public entry point: one export line per service. */
export * from './luminus/client.js'
