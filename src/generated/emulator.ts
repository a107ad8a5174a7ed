/** @module Types generated from contracts/emulator.yaml by `npm run generate`; do not edit. */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers when the emulator is ready. */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lti-pro/bulk-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The world's LTI Pro bulk jobs with per-item outcomes; due jobs are processed first.
         * @description Name a sandbox with the `x-emulator-sandbox` header; the default world otherwise.
         */
        get: operations["listLtiProBulkJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LtiProBulkJobs: {
            jobs: components["schemas"]["LtiProBulkJob"][];
        };
        LtiProBulkJob: {
            id: string;
            /** @enum {unknown} */
            kind: "import" | "disassociate";
            credentialKey: string;
            /** @description The admin of a `{userId, meetingList}` request. */
            userId?: string;
            /** @description Emulator clock: ms since the epoch. */
            receivedAt: number;
            /** @description When the items are processed (receivedAt + bulkDelayMs). */
            dueAt: number;
            /** @enum {unknown} */
            status: "pending" | "done";
            processedAt?: number;
            items: components["schemas"]["LtiProBulkItemOutcome"][];
        };
        LtiProBulkItemOutcome: {
            meetingId: string;
            contextId: string;
            domain: string;
            courseId?: string;
            /** @enum {unknown} */
            outcome: "pending" | "associated" | "disassociated" | "unchanged" | "skipped";
            /** @description `2255` when skipped. */
            errorCode?: string;
            errorMessage?: string;
        };
        ControlError: {
            error: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
        };
    };
    listLtiProBulkJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every bulk job of the world, in the order accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LtiProBulkJobs"];
                };
            };
        };
    };
}
