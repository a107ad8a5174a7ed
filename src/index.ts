/** @module The client kit (zoom-lti-mock): the clients of the three services are exported here. */
export {}
