/** @module The dashboard's login with the admin token: a form that reveals nothing, the cookie it sets, and logout. */
import type { Context } from 'hono'
import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { html } from 'hono/html'
import type { FC } from 'hono/jsx'
import { ADMIN_COOKIE, type AdminAccess } from '../control/access.js'
import { controlErrorBody } from '../control/errors.js'
import type { Env } from '../core/context.js'
import { ASSETS, LOGIN_PATH, LOGOUT_PATH, Shell } from './page.js'

/** HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it); a session cookie. */
const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'Strict', path: '/' } as const

/** Where a login may send the browser back to: the dashboard or the docs, nowhere else. */
const safeNext = (next: unknown): string => (next === '/__emulator/docs' ? next : '/')

const LoginPage: FC<{ next: string; wrong: boolean }> = ({ next, wrong }) => (
  <Shell title="zoom-lti-mock · log in" head={<link rel="stylesheet" href={`${ASSETS}/dashboard.css`} />}>
    <main class="message login">
      <h1>zoom-lti-mock</h1>
      <p>This emulator runs with an admin token. Enter it to open the dashboard.</p>
      {wrong ? (
        <p class="error" role="alert">
          That is not the admin token.
        </p>
      ) : null}
      <form method="post" action={LOGIN_PATH}>
        <input type="hidden" name="next" value={next} />
        <label>
          Admin token <input id="admin-token" type="password" name="token" autocomplete="current-password" />
        </label>
        <button type="submit">Log in</button>
      </form>
    </main>
  </Shell>
)

/** The login form (401) in place of a page that needs the admin token. */
export const loginPage = (c: Context<Env>) =>
  c.html(html`<!doctype html>${<LoginPage next={safeNext(c.req.path)} wrong={false} />}`, 401)

export const loginRoutes = (access: AdminAccess) =>
  new Hono<Env>()
    .post(LOGIN_PATH, async (c) => {
      const form = await c.req.parseBody().catch(() => undefined)
      if (!form) return c.json(controlErrorBody('The login takes a form body: token=<admin token>.'), 400)
      const next = safeNext(form.next)
      if (!access.required) return c.redirect(next, 303)
      if (typeof form.token !== 'string' || !access.isToken(form.token))
        return c.html(html`<!doctype html>${<LoginPage next={next} wrong />}`, 401)
      setCookie(c, ADMIN_COOKIE, access.cookieValue, COOKIE_OPTIONS)
      return c.redirect(next, 303)
    })
    .post(LOGOUT_PATH, (c) => {
      deleteCookie(c, ADMIN_COOKIE, COOKIE_OPTIONS)
      return c.redirect('/', 303)
    })
