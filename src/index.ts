/** @module The client kit's public entry point. */
export * from './lti-pro/client.js'
export * from './lti-pro/signature.js'
