/** @module The client kit's public entry point: one export line per service. */
export * from './lti-pro/client.js'
export * from './lti-pro/signature.js'
export * from './luminus/client.js'
