/** @module The real host names the emulator answers over TLS and through its proxy: those of the services' real base URLs. */
export const EMULATED_HOSTS: readonly string[] = [
  'applications.zoom.us',
  'api.zoom.us',
  'zoom.us',
  'luminus.azure-api.net',
]

export const isEmulatedHost = (host: string): boolean => EMULATED_HOSTS.includes(host.toLowerCase())
