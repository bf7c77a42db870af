import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../auth/principal.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { Navigation } from '../navigation.ts';

/** What every page component may need about the request, without threading it through every prop. */
export interface ViewContext {
  locale: Locale;
  principal?: Principal;
  csrfToken: string;
  /** path without query, to mark the current menu item and build the language switch links */
  path: string;
  query: string;
  testEnvironment: boolean;
  /** the app's main menu per audience */
  menus: Navigation['menus'];
}

const storage = new AsyncLocalStorage<ViewContext>();

export function withViewContext<T>(context: ViewContext, work: () => T): T {
  return storage.run(context, work);
}

export function viewContext(): ViewContext {
  const context = storage.getStore();
  if (!context) throw new Error('viewContext() called outside a page render');
  return context;
}
