/**
 * The object the page sees as `window.faxdesk`: named methods only, each bound to one
 * contract channel. The page never gets ipcRenderer or a generic `invoke`, so a
 * compromised page can reach no more than these methods, and each of them is validated
 * again on the main side.
 */
import type { Channel, EventName, Events, RequestOf, ResponseOf, Result, Transport } from './contract';

export function createBridge(transport: Transport) {
  const call =
    <C extends Channel>(channel: C) =>
    (request: RequestOf<C>): Promise<Result<ResponseOf<C>>> =>
      transport.invoke(channel, request) as Promise<Result<ResponseOf<C>>>;

  const listen =
    <E extends EventName>(event: E) =>
    (listener: (payload: Events[E]) => void): (() => void) =>
      transport.subscribe(event, (payload) => listener(payload as Events[E]));

  return {
    app: {
      info: () => call('app:info')(undefined),
      onOpenFax: listen('app.openFax'),
    },
    credentials: {
      status: () => call('credentials:status')(undefined),
      save: call('credentials:save'),
      clear: () => call('credentials:clear')(undefined),
      onChanged: listen('credentials.changed'),
    },
    sandbox: {
      setEnabled: (enabled: boolean) => call('sandbox:set')({ enabled }),
    },
    account: {
      discover: () => call('account:discover')(undefined),
    },
    settings: {
      get: () => call('settings:get')(undefined),
      update: call('settings:update'),
      standardNotice: () => call('settings:standardNotice')(undefined),
    },
    jobs: {
      create: call('jobs:create'),
      list: call('jobs:list'),
      get: (id: string) => call('jobs:detail')({ id }),
      cancel: (id: string) => call('jobs:cancel')({ id }),
      resend: (id: string) => call('jobs:resend')({ id }),
      delete: (id: string) => call('jobs:delete')({ id }),
      openDocument: (id: string) => call('jobs:openDocument')({ id }),
      recentRecipients: () => call('jobs:recentRecipients')(undefined),
      onUpdated: listen('job.updated'),
      onDeleted: listen('job.deleted'),
    },
    documents: {
      stage: call('documents:stage'),
      release: (tokens: string[]) => call('documents:release')({ tokens }),
      preview: call('documents:preview'),
      takeHanded: () => call('documents:takeHanded')(undefined),
      onHanded: listen('documents.handed'),
    },
    connectivity: {
      status: () => call('connectivity:status')(undefined),
      onChanged: listen('connectivity.changed'),
    },
    inbox: {
      list: call('inbox:list'),
      get: (id: string, search?: string) => call('inbox:detail')(search ? { id, search } : { id }),
      markRead: (id: string, read: boolean) => call('inbox:markRead')({ id, read }),
      unreadCount: () => call('inbox:unreadCount')(undefined),
      document: (id: string) => call('inbox:document')({ id }),
      saveCopy: (id: string) => call('inbox:saveCopy')({ id }),
      forward: (id: string) => call('inbox:forward')({ id }),
      onUpdated: listen('inbox.updated'),
    },
    print: {
      setup: () => call('print:setup')(undefined),
      installMacService: () => call('print:installMacService')(undefined),
    },
    contacts: {
      list: call('contacts:list'),
      get: (id: string) => call('contacts:get')({ id }),
      save: call('contacts:save'),
      remove: (id: string) => call('contacts:remove')({ id }),
      groups: () => call('contacts:groups')(undefined),
      renameGroup: (id: string, name: string) => call('contacts:renameGroup')({ id, name }),
      removeGroup: (id: string) => call('contacts:removeGroup')({ id }),
      suggest: (typed: string, limit?: number) => call('contacts:suggest')(limit ? { typed, limit } : { typed }),
      importChoose: () => call('contacts:importChoose')(undefined),
      importCommit: (token: string) => call('contacts:importCommit')({ token }),
      importCancel: (token: string) => call('contacts:importCancel')({ token }),
      export: (format: 'csv' | 'vcard') => call('contacts:export')({ format }),
      onChanged: listen('contacts.changed'),
    },
    watch: {
      status: () => call('watch:status')(undefined),
      chooseFolder: () => call('watch:chooseFolder')(undefined),
      onFile: listen('watch.file'),
    },
    reports: {
      save: (id: string) => call('reports:save')({ id }),
      chooseFolder: () => call('reports:chooseFolder')(undefined),
      stopSavingToFolder: () => call('reports:stopSavingToFolder')(undefined),
    },
  };
}

export type FaxdeskApi = ReturnType<typeof createBridge>;
