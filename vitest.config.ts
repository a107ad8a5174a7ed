/** @module Vitest configuration: every test file under test/, Node environment, the browser tests' Chromium found once. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    globalSetup: ['test/dashboard/chromium-setup.ts'],
  },
})
