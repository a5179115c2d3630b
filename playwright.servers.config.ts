import { defineConfig, devices } from "@playwright/test";
import { chromium } from "./playwright.config";

// The browser scenario against real web servers (nginx, Apache) serving the release
// package with its shipped configurations. tests/servers/run.sh starts the servers
// and sets their URLs; run it rather than this config directly.

function url(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is not set: run tests/servers/run.sh PACKAGE.zip`);
  return value;
}

const server = (name: string, variable: string) => ({
  name,
  use: { ...devices["Desktop Chrome"], baseURL: url(variable), launchOptions: chromium },
});

export default defineConfig({
  testDir: "tests/servers",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { trace: "off" },
  projects: [
    server("nginx", "NGINX_URL"),
    server("apache-htaccess", "APACHE_HTACCESS_URL"),
    server("apache-directory", "APACHE_DIRECTORY_URL"),
  ],
});
