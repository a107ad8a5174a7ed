/** @module The in-process webhook control of one world (WorldControl.webhooks); the routes under /__emulator/webhooks are thin over it. */
import type { World } from '../../../core/world.js'
import { type DeliveryRecord, dispatcherOf, eventNow, VALIDATION_EVENT } from './dispatcher.js'
import {
  newSubscription,
  type SubscriptionInput,
  type SubscriptionView,
  subscriptionView,
  unknownSubscription,
} from './subscriptions.js'

export interface WebhookControl {
  /**
   * Subscribes `url` (or, in process, `receiver`) to `events`, signed with `secretToken`; answers at
   * once with status `pending`: the URL validation challenge goes out next, off this call's path.
   * A ControlError (400) for bad input, nothing stored.
   */
  subscribe(input: SubscriptionInput): SubscriptionView
  list(): SubscriptionView[]
  /** Throws a ControlError (404) for an unknown id; its pending deliveries are dropped. */
  unsubscribe(id: string): void
  /** Every attempt (validations, deliveries, retries, drops), oldest first; the last 500. */
  deliveries(): DeliveryRecord[]
  /** Settles the world and resolves once every attempt due on its clock has been made. */
  idle(): Promise<void>
}

export function webhookControl(world: World): WebhookControl {
  return {
    subscribe(input) {
      const subscription = newSubscription(input, world)
      const dispatcher = dispatcherOf(world)
      world.store.zoom.webhooks.set(subscription.id, subscription)
      if (input.receiver) dispatcher.receivers.set(subscription.id, input.receiver)
      const dueAt = eventNow(world)
      dispatcher.enqueue({ dueAt, subscriptionId: subscription.id, event: VALIDATION_EVENT, attempt: 1 })
      dispatcher.kick()
      return subscriptionView(subscription)
    },
    list: () => [...world.store.zoom.webhooks.values()].map(subscriptionView),
    unsubscribe(id) {
      if (!world.store.zoom.webhooks.delete(id)) throw unknownSubscription(id)
      dispatcherOf(world).receivers.delete(id)
    },
    deliveries: () => {
      world.settle()
      return dispatcherOf(world).deliveries()
    },
    async idle() {
      world.settle()
      await dispatcherOf(world).idle()
    },
  }
}
