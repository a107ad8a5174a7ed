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
    "/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The world back to its seed; its clock as it started; its journal and fault rules emptied. */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The world's clock and store as a versioned snapshot (it holds the world's credentials). */
        get: operations["exportState"];
        /** Replaces the world's store with a snapshot and sets its clock to the snapshot's; all or nothing. */
        put: operations["importState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/state/{slice}/{table}/{key}": {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description A slice of the state: zoom, lti, luminus. */
                slice: string;
                /** @description One of its Maps, as GET /state names it: courses, associations, modules, users, staff, meetings, … */
                table: string;
                /** @description The entry's key in that Map, URL-encoded (an LTI course's is credentialKey|domain|contextId). */
                key: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes one entry of the world's state. One that another entry refers to and may not dangle (a LumiNUS module with staff, an LTI course with associations, …) answers 400 naming that entry, and stays. */
        delete: operations["deleteStateEntry"];
        options?: never;
        head?: never;
        /** Sets fields of one entry of the world's state (null removes an optional field, as a JSON merge patch does), checked as PUT /state checks a snapshot: the entry against its schema, its key against its own, every reference of the store; all or nothing. Maps keyed by secrets (tokens) are refused. For Zoom users and meetings prefer Zoom's own PATCH, which applies Zoom's rules and sends webhooks. */
        patch: operations["patchStateEntry"];
        trace?: never;
    };
    "/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getClock"];
        put?: never;
        /** Jump to an instant, or move by a number of milliseconds (negative goes back). */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The world's request journal, oldest first, filtered; service requests only (not control calls). */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listFaults"];
        put?: never;
        /** A rule for the world's service requests; the first rule that matches, has firings left and wins its draw fires. */
        post: operations["addFault"];
        /** Removes every rule; rule ids and the probability generator start again. */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every sandbox, oldest first, with its credentials (the default world is not listed). */
        get: operations["listSandboxes"];
        put?: never;
        /** A new isolated world with the seed's structure and fresh credentials; requests reach it by those credentials. */
        post: operations["createSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteSandbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds users, meetings, courses, associations and LumiNUS records to the world; all or nothing.
         * @description Every list is optional; each entity takes defaults for what it leaves out. Entities may refer to ones earlier in the same request (a meeting's `host_id` by the user's id or email, an association's `meetingId` by the number given to a meeting, …). The first problem answers 400 naming its field (`zoom.meetings[1].host_id: no Zoom user "demo-x"`) and nothing is added.
         */
        post: operations["seed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The world's Zoom webhook subscriptions (never their secret tokens). */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribes a URL to Zoom events; the URL validation challenge goes out next, and a subscription that fails it receives no events.
         * @description The URL must be http(s) and loopback (127.0.0.0/8, ::1, localhost) unless the emulator allows its host (`zoom.webhookAllowHosts`, `--webhook-allow-host`). At most 20 per world, Zoom's limit per app.
         */
        post: operations["addWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery attempt of the world's webhooks (validations, events, retries, drops), oldest first; the last 500. */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unsubscribes; its pending deliveries and retries are dropped. */
        delete: operations["removeWebhook"];
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
    "/zoom/meetings/{meetingId}/participants": {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The meeting number. */
                meetingId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who attends the meeting's instances that start from now on, instead of the host alone.
         * @description Replaces the meeting's script; instances already started keep theirs. Each participant joins `joinOffsetMinutes` after the instance starts and leaves `leaveOffsetMinutes` after it (or when it ends); an email of a user of the host's account gives the participant that user id. An empty array: nobody attends. Name a sandbox with the `x-emulator-sandbox` header.
         */
        post: operations["scriptZoomAttendance"];
        /** Back to the default attendance (the host, for the whole instance) for instances that start from now on. */
        delete: operations["clearZoomAttendance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zoom/meetings/{meetingId}/start": {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The meeting number. */
                meetingId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts an instance of the meeting now ("start now").
         * @description The instance takes the meeting's next occurrence when that starts within one duration from now, and then lasts until that occurrence's end; else it lasts one duration (or until ended). Any meeting type, including instant (1) and no-fixed-time recurring (3) meetings, which happen only this way.
         */
        post: operations["startZoomMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zoom/meetings/{meetingId}/end": {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The meeting number. */
                meetingId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the meeting's live instance now ("end now"); everyone still in leaves then. */
        post: operations["endZoomMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zoom/webinars/{webinarId}/participants": {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The webinar number. */
                webinarId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who attends (as attendees) the webinar's instances that start from now on, instead of the host alone.
         * @description As for a meeting: replaces the webinar's script, instances already started keep theirs; each participant joins `joinOffsetMinutes` after the instance starts and leaves `leaveOffsetMinutes` after it (or when it ends). The webinar's participant reports, metrics and `webinar.participant_joined`/`left` events then name them. An empty array: nobody attends.
         */
        post: operations["scriptZoomWebinarAttendance"];
        /** Back to the default attendance (the host, for the whole instance) for the webinar's instances that start from now on. */
        delete: operations["clearZoomWebinarAttendance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zoom/webinars/{webinarId}/start": {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The webinar number. */
                webinarId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts an instance of the webinar now ("start now").
         * @description As for a meeting: the instance takes the webinar's next occurrence when that starts within one duration from now; else it lasts one duration (or until ended). A type 6 webinar (recurring, no fixed time) happens only this way.
         */
        post: operations["startZoomWebinar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zoom/webinars/{webinarId}/end": {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The webinar number. */
                webinarId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the webinar's live instance now ("end now"); everyone still in leaves then. */
        post: operations["endZoomWebinar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard, rendered on the server, for one world: its state and credentials, the clock and reset; the request journal with filters and an inspector (copy as curl, replay), live over GET /__emulator/dashboard/events; panels for fault rules and sandboxes, and forms that create, edit and delete records (through the control or Zoom API); an LTI signing helper. */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/world": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard's world panels as an HTML fragment; the page reads it when its live updates fail. */
        get: operations["getDashboardWorld"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/sandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard's sandboxes panel as an HTML fragment, every sandbox with its credentials; the page re-renders it after creating or deleting one. */
        get: operations["getDashboardSandboxes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard's live updates for one world, as Server-Sent Events: new journal entries, the journal cleared, the world panels when they change.
         * @description For EventSource (it sends `Accept: text/event-stream`). Events: `ready` (first; `retry: 3000`; its `id` the last entry id sent before, so a reconnection always sends `Last-Event-ID`); `journal` (`id` the entry's id, `data` the entry as `GET requests` gives it, redacted: the newest 500 on connecting, then each new one; a reconnection resumes after `Last-Event-ID`); `cleared` (the journal was emptied, by `DELETE requests` or a reset, or `Last-Event-ID` is past the journal's newest id: the emulator restarted); `world` (`data` the panels' HTML, as `GET dashboard/world` renders them, when they changed: at once when they are not those the page's `digest` names, and on a reconnection); `gone` (the sandbox was deleted; the stream ends). The stream stays open until the client leaves.
         */
        get: operations["getDashboardEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Swagger UI on every contract in contracts/, served locally, services first; its "Try it out" sends the world's credentials (the page holds them). */
        get: operations["getDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The dashboard's login form posts here; the right token sets the login cookie. */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contracts/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One OpenAPI contract, as YAML. */
        get: operations["getContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard's and docs page's own stylesheets and scripts. */
        get: operations["getDashboardAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/swagger-ui/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of the swagger-ui-dist package. */
        get: operations["getSwaggerUiAsset"];
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
        /** @description What to add, by service; entities are added in this order, so later ones may refer to earlier ones. */
        SeedRequest: {
            zoom?: {
                users?: components["schemas"]["ZoomUserSeed"][];
                meetings?: components["schemas"]["ZoomMeetingSeed"][];
                webinars?: components["schemas"]["ZoomWebinarSeed"][];
                groups?: components["schemas"]["ZoomGroupSeed"][];
                trackingFields?: components["schemas"]["ZoomTrackingFieldSeed"][];
                assistants?: components["schemas"]["ZoomAssistantSeed"][];
            };
            lti?: {
                credentials?: components["schemas"]["LtiCredentialSeed"][];
                courses?: components["schemas"]["LtiCourseSeed"][];
                associations?: components["schemas"]["LtiAssociationSeed"][];
            };
            luminus?: {
                modules?: components["schemas"]["LuminusModuleSeed"][];
                users?: components["schemas"]["LuminusUserSeed"][];
                staff?: components["schemas"]["LuminusStaffSeed"][];
                subscriptions?: components["schemas"]["LuminusSubscriptionSeed"][];
                meetings?: components["schemas"]["LuminusMeetingSeed"][];
            };
        };
        /** @description A Zoom user; defaults: a 22-character base64url id, `user<n>@example.edu`, the world's Zoom account, type 2, Member, active, a random PMI, UTC, en-US. Ids and emails (any case) are unique. */
        ZoomUserSeed: {
            id?: string;
            /** Format: email */
            email?: string;
            first_name?: string;
            last_name?: string;
            display_name?: string;
            type?: components["schemas"]["UserType"];
            /** @enum {string} */
            role_name?: "Owner" | "Admin" | "Member";
            /** @enum {string} */
            status?: "active" | "inactive" | "pending";
            pmi?: number;
            use_pmi?: boolean;
            /** @description An IANA time zone name. */
            timezone?: string;
            language?: string;
            dept?: string;
            /** @description A Zoom account of the world. */
            account_id?: string;
            /** @enum {string} */
            created_by_action?: "create" | "autoCreate" | "custCreate" | "ssoCreate";
        };
        /** @description A Zoom meeting as `POST /v2/users/{userId}/meetings` takes it (same defaults and rules), except that `start_time` may be in the past and the daily limit does not apply; plus its host and, optionally, its number and UUID. */
        ZoomMeetingSeed: {
            /** @description The host's user id or email. */
            host_id: string;
            /** @description The meeting number (10–11 digits); random by default. */
            id?: number;
            /** @description 24 characters of base64; random by default. */
            uuid?: string;
        } & components["schemas"]["MeetingFields"];
        /** @description A group of the world's Zoom account (or `account_id`); `members` are users of that account, by id or email. */
        ZoomGroupSeed: {
            /** @description Random by default. */
            id?: string;
            name: string;
            account_id?: string;
            members?: string[];
        };
        /** @description A tracking field of the world's Zoom account (or `account_id`); not required and visible by default. */
        ZoomTrackingFieldSeed: {
            /** @description Random by default. */
            id?: string;
            field: string;
            account_id?: string;
            required?: boolean;
            visible?: boolean;
            recommended_values?: string[];
        };
        /** @description A scheduling privilege — `assistant_id` may schedule meetings for `user_id` — between two users of one account, by id or email. */
        ZoomAssistantSeed: {
            user_id: string;
            assistant_id: string;
        };
        /** @description A Zoom webinar as `POST /v2/users/{userId}/webinars` takes it (same defaults and rules), except that `start_time` may be in the past and the daily limit does not apply; plus its host (whose settings must enable webinars) and, optionally, its number and UUID (unique among meetings and webinars). */
        ZoomWebinarSeed: {
            /** @description The host's user id or email. */
            host_id: string;
            /** @description The webinar number (10–11 digits); random by default. */
            id?: number;
            /** @description 24 characters of base64; random by default. */
            uuid?: string;
        } & components["schemas"]["WebinarCreate"];
        /** @description An LTI Pro key and secret (random by default) of a Zoom account (the world's by default); keys are unique across worlds. */
        LtiCredentialSeed: {
            key?: string;
            secret?: string;
            accountId?: string;
        };
        /** @description An LMS course of a credential (the world's by default), on `https://lms.example.edu` by default; unique by credential, domain and contextId. */
        LtiCourseSeed: {
            credentialKey?: string;
            domain?: string;
            contextId?: string;
            courseId?: string;
            title?: string;
        };
        /** @description Links a Zoom meeting of the credential's account to one of its courses; `domain` may be left out when the credential has one course with that contextId; `courseId` defaults to the course's. */
        LtiAssociationSeed: {
            meetingId: number | string;
            contextId: string;
            domain?: string;
            credentialKey?: string;
            courseId?: string;
        };
        /** @description A LumiNUS module; a random UUID, code `MOD<n>` and name by default. */
        LuminusModuleSeed: {
            /** Format: uuid */
            id?: string;
            code?: string;
            name?: string;
        };
        /** @description A LumiNUS user; a free NUSNET id (`e` and seven digits), a name and `<id>@u.nus.edu` by default. */
        LuminusUserSeed: {
            id?: string;
            name?: string;
            /** Format: email */
            email?: string;
        };
        /** @description Makes a user staff of a module (full access by default); once per module and user. */
        LuminusStaffSeed: {
            /** Format: uuid */
            moduleId: string;
            userId: string;
            /** @enum {string} */
            access?: "full" | "read";
        };
        /** @description A subscription key for a user, random by default; keys are unique across worlds. */
        LuminusSubscriptionSeed: {
            userId: string;
            key?: string;
        };
        /** @description LumiNUS's record of a Zoom meeting, in a module, created by a user; the Zoom meeting need not exist. `name`, `startDate` and `endDate` default to the Zoom meeting's topic and times (when it exists; else "LumiNUS meeting", now and an hour later), `id` to a random UUID. */
        LuminusMeetingSeed: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            moduleId: string;
            /** @description The creator's NUSNET id. */
            creatorID: string;
            /** @description The Zoom meeting number. */
            meetingID: number | string;
            name?: string;
            /** Format: date-time */
            startDate?: string;
            /** Format: date-time */
            endDate?: string;
            /** Format: date-time */
            createdDate?: string;
            /**
             * @description 1 exam
             * @enum {integer}
             */
            meetingType?: 1 | 2 | 3;
            isSendEmail?: boolean;
            isPublishRecordURL?: boolean;
            exportMultimediaWeb?: boolean;
            /** Format: uuid */
            channelID?: string | null;
            channelName?: string | null;
            publishMutimediaChannel?: boolean;
            hostKey?: string;
        };
        /** @description What was added, as stored, in the request's structure; every list present. */
        SeedResult: {
            zoom: {
                users: components["schemas"]["SeededZoomUser"][];
                meetings: components["schemas"]["SeededZoomMeeting"][];
                webinars: components["schemas"]["StoredZoomWebinar"][];
                groups: components["schemas"]["StoredZoomGroup"][];
                trackingFields: components["schemas"]["StoredZoomTrackingField"][];
                assistants: components["schemas"]["StoredZoomAssistant"][];
            };
            lti: {
                credentials: components["schemas"]["SeededLtiCredential"][];
                courses: components["schemas"]["SeededLtiCourse"][];
                associations: components["schemas"]["SeededLtiAssociation"][];
            };
            luminus: {
                modules: components["schemas"]["SeededLuminusModule"][];
                users: components["schemas"]["SeededLuminusUser"][];
                staff: components["schemas"]["SeededLuminusStaff"][];
                subscriptions: components["schemas"]["SeededLuminusSubscription"][];
                meetings: components["schemas"]["SeededLuminusMeeting"][];
            };
        };
        SeededZoomUser: {
            id: string;
            account_id: string;
            /** Format: email */
            email: string;
            first_name: string;
            last_name: string;
            display_name?: string;
            type: components["schemas"]["UserType"];
            /** @enum {string} */
            role_name: "Owner" | "Admin" | "Member";
            /** @enum {string} */
            status: "active" | "inactive" | "pending";
            pmi: number;
            use_pmi?: boolean;
            timezone: string;
            language: string;
            dept: string;
            /** Format: date-time */
            created_at: string;
            /** @enum {string} */
            created_by_action: "create" | "autoCreate" | "custCreate" | "ssoCreate";
        };
        SeededZoomMeeting: {
            uuid: string;
            id: number;
            host_id: string;
            /** Format: email */
            host_email: string;
            topic: string;
            type: components["schemas"]["MeetingType"];
            /**
             * Format: date-time
             * @description GMT; absent for type 3.
             */
            start_time?: string;
            duration: number;
            timezone: string;
            agenda: string;
            /** Format: date-time */
            created_at: string;
            password: string;
            h323_password: string;
            pstn_password: string;
            encrypted_password: string;
            pre_schedule: boolean;
            settings: components["schemas"]["MeetingSettings"];
            recurrence?: components["schemas"]["Recurrence"];
        };
        /** @description The credential with its secret, which the caller needs to sign requests. */
        SeededLtiCredential: {
            key: string;
            secret: string;
            accountId: string;
        };
        SeededLtiCourse: {
            credentialKey: string;
            contextId: string;
            domain: string;
            courseId?: string;
            title: string;
        };
        SeededLtiAssociation: {
            credentialKey: string;
            meetingId: string;
            contextId: string;
            domain: string;
            courseId?: string;
            createdAt: components["schemas"]["EpochMs"];
        };
        SeededLuminusModule: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        SeededLuminusUser: {
            id: string;
            name: string;
            email: string;
        };
        SeededLuminusStaff: {
            /** Format: uuid */
            moduleId: string;
            userId: string;
            /** @enum {string} */
            access: "full" | "read";
        };
        SeededLuminusSubscription: {
            key: string;
            userId: string;
        };
        SeededLuminusMeeting: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            meetingID: string;
            name: string;
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
            /** Format: date-time */
            createdDate: string;
            creatorID: string;
            /** @enum {integer} */
            meetingType: 1 | 2 | 3;
            isSendEmail: boolean;
            isPublishRecordURL: boolean;
            exportMultimediaWeb: boolean;
            channelID: string | null;
            channelName: string | null;
            publishMutimediaChannel: boolean;
            hostKey: string;
        };
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
            receivedAt: components["schemas"]["EpochMs"];
            /** @description When the items are processed (receivedAt + bulkDelayMs). */
            dueAt: components["schemas"]["LaterMs"];
            /** @enum {unknown} */
            status: "pending" | "done";
            processedAt?: components["schemas"]["EpochMs"];
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
        /** @enum {string} */
        Service: "lti-pro" | "zoom" | "luminus";
        Clock: {
            /** Format: date-time */
            now: string;
            /** @description The world's time minus the wall clock's. */
            offsetMs: number;
        };
        /** @description Emulator clock: milliseconds since the epoch, within the clock's range. */
        EpochMs: number;
        /** @description Milliseconds since the epoch, within a JavaScript Date's range: a time computed from the clock (a token's expiry, a job's due time) may pass the clock's end. */
        LaterMs: number;
        Count: number;
        /** @description Zoom's store, each Map as an object keyed as stated. A field left out is empty; an unknown field is refused. A key must be its entity's own (`users` by `id`, …). */
        ZoomSlice: {
            /** @description By account id. */
            accounts?: {
                [key: string]: components["schemas"]["StoredZoomAccount"];
            };
            /** @description By user id. */
            users?: {
                [key: string]: components["schemas"]["SeededZoomUser"];
            };
            /** @description By meeting number. */
            meetings?: {
                [key: string]: components["schemas"]["StoredZoomMeeting"];
            };
            /** @description By webinar number. */
            webinars?: {
                [key: string]: components["schemas"]["StoredZoomWebinar"];
            };
            /** @description Registrants of meetings and webinars */
            registrants?: {
                [key: string]: components["schemas"]["StoredZoomRegistrant"];
            };
            /** @description Live and past instances of meetings and webinars, by instance uuid. */
            instances?: {
                [key: string]: components["schemas"]["StoredZoomInstance"];
            };
            /** @description By join id. */
            participants?: {
                [key: string]: components["schemas"]["StoredZoomParticipant"];
            };
            /** @description What each user changed of their settings, by user id. */
            userSettings?: {
                [key: string]: components["schemas"]["StoredZoomUserSettings"];
            };
            /** @description By group id. */
            groups?: {
                [key: string]: components["schemas"]["StoredZoomGroup"];
            };
            /** @description By tracking field id. */
            trackingFields?: {
                [key: string]: components["schemas"]["StoredZoomTrackingField"];
            };
            /** @description Scheduling privileges, by `user_id|assistant_id`. */
            assistants?: {
                [key: string]: components["schemas"]["StoredZoomAssistant"];
            };
            /** @description Webhook subscriptions by id. */
            webhooks?: {
                [key: string]: components["schemas"]["StoredZoomWebhook"];
            };
            /** @description What users changed of cloud recordings (trash, deletions, settings), by instance uuid. */
            recordingChanges?: {
                [key: string]: components["schemas"]["StoredZoomRecordingChanges"];
            };
            /** @description By download access token. */
            recordingTokens?: {
                [key: string]: components["schemas"]["StoredZoomRecordingToken"];
            };
            /** @description Scripted attendance by meeting or webinar number (POST /__emulator/zoom/meetings/{meetingId}/participants, …/webinars/{webinarId}/participants). */
            attendance?: {
                [key: string]: components["schemas"]["ZoomAttendanceScript"];
            };
            /**
             * Format: date-time
             * @description When the world began to watch its clock: occurrences that ended before it never happened. Set on the first settle when absent.
             */
            happeningsSince?: string;
            /** @description By access token. */
            tokens?: {
                [key: string]: components["schemas"]["StoredZoomToken"];
            };
            /** @description Meeting creates and updates by `userId|yyyy-MM-dd` (UTC day). */
            dailyMeetingWrites?: {
                [key: string]: components["schemas"]["Count"];
            };
            /** @description Calls by `accountId|category|second`, for the per-second limits. */
            perSecondCalls?: {
                [key: string]: components["schemas"]["Count"];
            };
        };
        StoredZoomAccount: {
            id: string;
            /** @description The same as id (the demo world's account has it). */
            accountId?: string;
            clientId: string;
            clientSecret: string;
            jwtKey: string;
            jwtSecret: string;
        };
        StoredZoomInstance: {
            uuid: string;
            id: number;
            /** @enum {unknown} */
            kind: "meeting" | "webinar";
            host_id: string;
            topic: string;
            type: number;
            occurrence_id?: string;
            /** Format: date-time */
            start_time: string;
            /** Format: date-time */
            end_time?: string;
            /**
             * Format: date-time
             * @description When it ends unless ended earlier; absent
             */
            planned_end_time?: string;
            /** @description Who joins when, fixed at its start; each join becomes a participant as the clock passes it. */
            attendance?: {
                name: string;
                user_email: string;
                user_id?: string;
                /** Format: date-time */
                join_time: string;
                /** Format: date-time */
                leave_time: string;
            }[];
            /** @enum {unknown} */
            auto_recording: "local" | "cloud" | "none";
        };
        StoredZoomParticipant: {
            id: string;
            instance: string;
            user_id?: string;
            name: string;
            user_email: string;
            /** Format: date-time */
            join_time: string;
            /** Format: date-time */
            leave_time?: string;
        };
        /** @description Only what PATCH /v2/users/{userId}/settings changed; the rest reads as the defaults for the user's type. */
        StoredZoomUserSettings: {
            schedule_meeting?: components["schemas"]["SettingsScheduleMeeting"];
            in_meeting?: components["schemas"]["SettingsInMeeting"];
            email_notification?: components["schemas"]["SettingsEmailNotification"];
            recording?: components["schemas"]["SettingsRecording"];
            telephony?: components["schemas"]["SettingsTelephony"];
            feature?: components["schemas"]["SettingsFeature"];
            tsp?: components["schemas"]["SettingsTsp"];
            meeting_security?: components["schemas"]["SettingsMeetingSecurity"];
            meeting_authentication?: {
                enabled?: boolean;
                allow_authentication_exception?: boolean;
                options?: components["schemas"]["AuthenticationOption"][];
            };
            recording_authentication?: {
                enabled?: boolean;
                options?: components["schemas"]["AuthenticationOption"][];
            };
        };
        StoredZoomGroup: {
            id: string;
            account_id: string;
            name: string;
            /** @description User ids. */
            member_ids: string[];
        };
        StoredZoomTrackingField: {
            id: string;
            account_id: string;
            field: string;
            required: boolean;
            visible: boolean;
            recommended_values: string[];
        };
        StoredZoomAssistant: {
            /** @description Whose meetings the assistant may schedule. */
            user_id: string;
            assistant_id: string;
        };
        /** @enum {unknown} */
        WebhookEventName: "meeting.created" | "meeting.updated" | "meeting.deleted" | "user.created" | "user.updated" | "user.deleted" | "meeting.started" | "meeting.ended" | "meeting.participant_joined" | "meeting.participant_left" | "recording.completed" | "meeting.registration_created" | "meeting.registration_approved" | "meeting.registration_denied" | "meeting.registration_cancelled" | "webinar.registration_created" | "webinar.registration_approved" | "webinar.registration_denied" | "webinar.registration_cancelled" | "recording.trashed" | "recording.deleted" | "recording.recovered" | "webinar.created" | "webinar.updated" | "webinar.deleted" | "webinar.started" | "webinar.ended" | "webinar.participant_joined" | "webinar.participant_left";
        WebhookSubscription: {
            id: string;
            /** @description The endpoint, or `in-process` for a callback subscriber. */
            url: string;
            events: components["schemas"]["WebhookEventName"][];
            /**
             * @description `failed`: the URL validation challenge was not answered right; no events go to it.
             * @enum {unknown}
             */
            status: "pending" | "validated" | "failed";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            validatedAt?: string;
        };
        StoredZoomWebhook: {
            id: string;
            url: string;
            secretToken: string;
            events: components["schemas"]["WebhookEventName"][];
            /** @enum {unknown} */
            status: "pending" | "validated" | "failed";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            validatedAt?: string;
        };
        WebhookDelivery: {
            id: string;
            /** @description An event name, or endpoint.url_validation. */
            event: string;
            subscriptionId: string;
            target: string;
            /** @description 1, then the retries 2 to 4. */
            attempt: number;
            /**
             * Format: date-time
             * @description When it was due on the emulator clock.
             */
            dueAt: string;
            /**
             * Format: date-time
             * @description The emulator clock when it was made (later than dueAt when the clock jumped past it).
             */
            sentAt: string;
            /**
             * @description `skipped`: its subscription had failed validation; `dropped`: the queue was full.
             * @enum {unknown}
             */
            outcome: "delivered" | "failed" | "skipped" | "dropped";
            /** @description The receiver's answer. */
            status?: number;
            /** @description `timeout`, `refused`, `dropped by fault <id>`, or what else kept an answer from arriving. */
            error?: string;
            /** @description The fault rule that fired on it. */
            fault?: string;
            /** @description Wall time the receiver took. */
            durationMs: number;
            /**
             * Format: date-time
             * @description When the next retry is due.
             */
            nextRetryAt?: string;
            /** @description The JSON sent. */
            body: string;
        };
        /** @description Who attends each instance of the meeting that starts from now on, instead of the host alone: join and leave in whole minutes from the instance's start (leave absent: until it ends). */
        ZoomAttendanceScript: {
            name: string;
            /** Format: email */
            email: string;
            joinOffsetMinutes: number;
            leaveOffsetMinutes?: number;
        }[];
        StoredZoomRecordingChanges: {
            /**
             * Format: date-time
             * @description When the whole recording went to the trash.
             */
            trashed_at?: string;
            /** @description When each file went to the trash by itself */
            trashed_files?: {
                [key: string]: string;
            };
            /** @description Files deleted for good. */
            deleted_files?: string[];
            settings?: components["schemas"]["RecordingSettingsUpdate"];
        };
        StoredZoomRecordingToken: {
            accountId: string;
            /** @description The instance uuid whose recording files it downloads. */
            instance: string;
            expiresAt: components["schemas"]["LaterMs"];
        };
        StoredZoomWebinar: {
            uuid: string;
            id: number;
            host_id: string;
            /** Format: email */
            host_email: string;
            topic: string;
            type: components["schemas"]["WebinarType"];
            /**
             * Format: date-time
             * @description GMT; absent for type 6.
             */
            start_time?: string;
            /** @description Minutes. */
            duration: number;
            timezone: string;
            agenda: string;
            /** Format: date-time */
            created_at: string;
            password: string;
            h323_passcode: string;
            encrypted_passcode: string;
            settings: components["schemas"]["WebinarSettings"];
            recurrence?: components["schemas"]["Recurrence"];
            tracking_fields?: components["schemas"]["TrackingField"][];
            /** @description Occurrence ids (start instants in ms) deleted one by one. */
            deleted_occurrences?: string[];
        };
        StoredZoomRegistrant: components["schemas"]["RegistrantFields"] & {
            id: string;
            /** @description The meeting or webinar number. */
            event: number;
            /** @enum {unknown} */
            kind: "meeting" | "webinar";
            language?: string;
            /** @enum {unknown} */
            status: "approved" | "pending" | "denied";
            /** Format: date-time */
            create_time: string;
            /** @description Its place in the order of registration for its event. */
            seq: number;
            join_token: string;
            occurrence_ids?: string[];
        };
        StoredZoomToken: {
            accountId: string;
            expiresAt: components["schemas"]["LaterMs"];
            scope: string;
        };
        StoredZoomMeeting: {
            uuid: string;
            id: number;
            host_id: string;
            /** Format: email */
            host_email: string;
            topic: string;
            type: components["schemas"]["MeetingType"];
            /**
             * Format: date-time
             * @description GMT; absent for type 3.
             */
            start_time?: string;
            /** @description Minutes. */
            duration: number;
            timezone: string;
            agenda: string;
            /** Format: date-time */
            created_at: string;
            password: string;
            h323_password: string;
            pstn_password: string;
            encrypted_password: string;
            pre_schedule: boolean;
            settings: components["schemas"]["MeetingSettings"];
            recurrence?: components["schemas"]["Recurrence"];
            tracking_fields?: components["schemas"]["TrackingField"][];
            /** @description The host's personal meeting ID, when the meeting uses it. */
            pmi?: string;
            /** @description Occurrence ids (start instants in ms) deleted one by one. */
            deleted_occurrences?: string[];
        };
        /** @description LTI Pro's store, each Map as an object keyed as stated. A field left out is empty; an unknown field is refused. A key must be its entity's own. */
        LtiSlice: {
            /** @description By key. */
            credentials?: {
                [key: string]: components["schemas"]["SeededLtiCredential"];
            };
            /** @description By `credentialKey|domain|contextId`. */
            courses?: {
                [key: string]: components["schemas"]["SeededLtiCourse"];
            };
            /** @description By `credentialKey|meetingId|domain|contextId`. */
            associations?: {
                [key: string]: components["schemas"]["SeededLtiAssociation"];
            };
            bulkJobs?: components["schemas"]["LtiProBulkJob"][];
        };
        /** @description LumiNUS's store, each Map as an object keyed as stated. A field left out is empty; an unknown field is refused. A key must be its entity's own. */
        LuminusSlice: {
            /** @description By NUSNET id. */
            users?: {
                [key: string]: components["schemas"]["SeededLuminusUser"];
            };
            /** @description By module id. */
            modules?: {
                [key: string]: components["schemas"]["SeededLuminusModule"];
            };
            /** @description By `moduleId|userId`. */
            staff?: {
                [key: string]: components["schemas"]["SeededLuminusStaff"];
            };
            /** @description By key. */
            subscriptions?: {
                [key: string]: components["schemas"]["SeededLuminusSubscription"];
            };
            /** @description By meeting id. */
            meetings?: {
                [key: string]: components["schemas"]["StoredLuminusMeeting"];
            };
            /** @description By subscription key. */
            rateLimitWindows?: {
                [key: string]: components["schemas"]["StoredRateLimitWindow"];
            };
        };
        StoredLuminusMeeting: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            moduleId: string;
            meetingID: string;
            name: string;
            /** Format: date-time */
            startDate: string;
            /** Format: date-time */
            endDate: string;
            /** Format: date-time */
            createdDate: string;
            creatorID: string;
            /** @enum {integer} */
            meetingType: 1 | 2 | 3;
            isSendEmail: boolean;
            isPublishRecordURL: boolean;
            exportMultimediaWeb: boolean;
            /** Format: uuid */
            channelID: string | null;
            channelName: string | null;
            publishMutimediaChannel: boolean;
            hostKey?: string;
            lastKnown?: components["schemas"]["StoredLuminusZoomFields"];
        };
        /** @description The Zoom meeting's fields as of the last sync. */
        StoredLuminusZoomFields: {
            topic: string;
            apiUserName: string;
            meetingDuration: number;
            meetingPassword: string;
            joinUrl: string;
            isWaitingRoom: boolean;
            muteUponEntry: boolean;
            meetingAuthentication: boolean;
            authenticationOpt: string;
            alternativeHosts: string;
            /** @enum {integer} */
            recordType: 0 | 1 | 2;
            notFoundInZoom: boolean;
        };
        StoredRateLimitWindow: {
            startedAt: components["schemas"]["EpochMs"];
            calls: components["schemas"]["Count"];
        };
        StateSnapshot: {
            /** @constant */
            version: 1;
            clock?: {
                /**
                 * Format: date-time
                 * @description From 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z (the clock's range); outside it, 400.
                 */
                now: string;
                offsetMs?: number;
            };
            zoom?: components["schemas"]["ZoomSlice"];
            lti?: components["schemas"]["LtiSlice"];
            luminus?: components["schemas"]["LuminusSlice"];
        };
        JournalEntry: {
            id: number;
            /**
             * Format: date-time
             * @description On the world's clock.
             */
            time: string;
            /** @description `default` or the sandbox id. */
            sandbox: string;
            service: components["schemas"]["Service"];
            method: string;
            path: string;
            /** @description Secret values (subscription-key, access_token, …) are `[redacted]`; a repeated parameter is an array. */
            query: {
                [key: string]: string | string[];
            };
            /** @description 0 when a fault dropped the connection. */
            status: number;
            durationMs: number;
            /** @description How the service judged the credentials; null when it set no verdict. */
            auth: null | {
                ok: boolean;
                reason?: string;
            };
            /** @description The response's x-emulator-diagnostic header. */
            diagnostic?: string;
            /** @description The fault rule that answered */
            fault?: string;
            request: {
                headers: components["schemas"]["JournalHeaders"];
                body: components["schemas"]["JournalBody"];
            };
            response: {
                /** @description 0 (no headers */
                status: number;
                headers: components["schemas"]["JournalHeaders"];
                body: components["schemas"]["JournalBody"];
            };
        };
        /** @description Names lower-case. Credentials (Authorization, X-Lti-Signature, Ocp-Apim-Subscription-Key and any header naming a subscription key, token, secret, signature or API key, Cookie, Set-Cookie) read `[redacted]`. */
        JournalHeaders: {
            [key: string]: string;
        };
        /** @description null without a body; the parsed JSON when it is JSON, else the text (a form, say). Secret fields (access_token, client_secret, code, refresh_token, password in a form or query; accessToken, clientSecret, secret, token, … in JSON) read `[redacted]`. A body over 64 KiB is text: its first 65 536 UTF-8 bytes followed by `…[truncated N bytes]`. */
        JournalBody: unknown;
        RequestMatch: {
            /** @description A service; in a fault rule also `zoom-webhook`: the webhook deliveries Zoom sends (path: the target URL's). */
            service?: components["schemas"]["Service"] | "zoom-webhook";
            method?: string;
            /** @description Exact */
            path?: string;
        };
        /** @description At least one of `response`, `delayMs` and `drop`; `response` and `drop` exclude each other (the emulator answers 400 otherwise). */
        FaultRuleFields: {
            match: components["schemas"]["RequestMatch"];
            response?: {
                status: number;
                /** @description A string is sent as text; anything else as JSON. */
                body?: unknown;
                headers?: {
                    [key: string]: string;
                };
            };
            delayMs?: number;
            /** @constant */
            drop?: true;
            times?: number;
            probability?: number;
        } | unknown | unknown | unknown;
        FaultRuleInput: components["schemas"]["FaultRuleFields"];
        FaultRule: {
            id: string;
            fired: number;
        } & components["schemas"]["FaultRuleFields"];
        SandboxInfo: {
            /** @description The value of `x-emulator-sandbox`. */
            id: string;
            credentials: components["schemas"]["Credentials"];
        };
        Credentials: {
            lti: {
                key: string;
                secret: string;
            };
            zoom: {
                accountId: string;
                clientId: string;
                clientSecret: string;
                jwtKey: string;
                jwtSecret: string;
            };
            luminus: {
                subscriptionKey: string;
                studentKey: string;
            };
        };
        /**
         * @description 1 basic, 2 licensed, 3 on-premises, 4 unassigned without meetings basic, 99 none.
         * @enum {integer}
         */
        UserType: 1 | 2 | 3 | 4 | 99;
        /**
         * @description 1 instant, 2 scheduled, 3 recurring with no fixed time, 8 recurring with a fixed time, 10 screen share only.
         * @enum {integer}
         */
        MeetingType: 1 | 2 | 3 | 8 | 10;
        MeetingSettingsFields: {
            host_video?: boolean;
            participant_video?: boolean;
            join_before_host?: boolean;
            /** @enum {integer} */
            jbh_time?: 0 | 5 | 10 | 15;
            mute_upon_entry?: boolean;
            waiting_room?: boolean;
            /** @enum {integer} */
            approval_type?: 0 | 1 | 2;
            /**
             * @description Present once sent; 1 when absent.
             * @enum {integer}
             */
            registration_type?: 1 | 2 | 3;
            /** @enum {string} */
            audio?: "both" | "telephony" | "voip" | "thirdParty";
            /** @enum {string} */
            auto_recording?: "local" | "cloud" | "none";
            alternative_hosts?: string;
            meeting_authentication?: boolean;
            authentication_option?: string;
            authentication_domains?: string;
            watermark?: boolean;
            use_pmi?: boolean;
            enforce_login?: boolean;
            registrants_email_notification?: boolean;
            close_registration?: boolean;
            cn_meeting?: boolean;
            in_meeting?: boolean;
            private_meeting?: boolean;
            email_notification?: boolean;
            host_save_video_order?: boolean;
            show_share_button?: boolean;
            allow_multiple_devices?: boolean;
            /** @enum {string} */
            encryption_type?: "enhanced_encryption" | "e2ee";
            continuous_meeting_chat?: {
                enable?: boolean;
            };
        };
        MeetingSettings: components["schemas"]["MeetingSettingsFields"] & unknown;
        Recurrence: {
            /**
             * @description 1 daily
             * @enum {integer}
             */
            type: 1 | 2 | 3;
            /** @description Daily ≤ 99, weekly ≤ 50, monthly ≤ 10. */
            repeat_interval?: number;
            /** @description 1 = Sunday … 7 = Saturday. */
            weekly_days?: string;
            monthly_day?: number;
            /** @enum {integer} */
            monthly_week?: -1 | 1 | 2 | 3 | 4;
            /** @enum {integer} */
            monthly_week_day?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
            end_times?: number;
            /** Format: date-time */
            end_date_time?: string;
        };
        TrackingField: {
            field: string;
            value?: string;
        };
        /**
         * @description 5 webinar, 6 recurring with no fixed time, 9 recurring with a fixed time.
         * @enum {integer}
         */
        WebinarType: 5 | 6 | 9;
        QuestionAndAnswer: {
            enable?: boolean;
            allow_submit_questions?: boolean;
            allow_anonymous_questions?: boolean;
            /** @enum {string} */
            answer_questions?: "only" | "all";
            attendees_can_comment?: boolean;
            attendees_can_upvote?: boolean;
        };
        WebinarSettingsFields: {
            host_video?: boolean;
            panelists_video?: boolean;
            practice_session?: boolean;
            hd_video?: boolean;
            hd_video_for_attendees?: boolean;
            send_1080p_video_to_attendees?: boolean;
            /**
             * @description 0 automatic
             * @enum {integer}
             */
            approval_type?: 0 | 1 | 2;
            /**
             * @description Type 9 with registration: 1 register once for every occurrence, 2 for each occurrence, 3 once for chosen occurrences.
             * @enum {integer}
             */
            registration_type?: 1 | 2 | 3;
            /** @enum {string} */
            audio?: "both" | "telephony" | "voip" | "thirdParty";
            /** @enum {string} */
            auto_recording?: "local" | "cloud" | "none";
            enforce_login?: boolean;
            enforce_login_domains?: string;
            alternative_hosts?: string;
            /** @description Close registration once the webinar (its last occurrence) has ended. */
            close_registration?: boolean;
            show_share_button?: boolean;
            allow_multiple_devices?: boolean;
            on_demand?: boolean;
            panelists_invitation_email_notification?: boolean;
            registrants_email_notification?: boolean;
            registrants_confirmation_email?: boolean;
            /** @description The most registrants the webinar takes; 0: no limit. */
            registrants_restrict_number?: number;
            meeting_authentication?: boolean;
            authentication_option?: string;
            authentication_domains?: string;
            contact_name?: string;
            contact_email?: string;
            email_language?: string;
            post_webinar_survey?: boolean;
            survey_url?: string;
            add_watermark?: boolean;
            add_audio_watermark?: boolean;
            panelist_authentication?: boolean;
            question_and_answer?: components["schemas"]["QuestionAndAnswer"];
        };
        WebinarSettings: components["schemas"]["WebinarSettingsFields"] & unknown;
        RegistrantFields: {
            /** Format: email */
            email?: string;
            first_name?: string;
            last_name?: string;
            address?: string;
            city?: string;
            state?: string;
            zip?: string;
            country?: string;
            phone?: string;
            comments?: string;
            industry?: string;
            job_title?: string;
            org?: string;
            no_of_employees?: string;
            /** @enum {string} */
            purchasing_time_frame?: "" | "Within a month" | "1-3 months" | "4-6 months" | "More than 6 months" | "No timeframe";
            /** @enum {string} */
            role_in_purchase_process?: "" | "Decision Maker" | "Evaluator/Recommender" | "Influencer" | "Not involved";
            custom_questions?: {
                title: string;
                value: string;
            }[];
        };
        SettingsPasswordRequirement: {
            /** @description The shortest passcode allowed; 0 for no minimum. */
            length?: number;
            have_letter?: boolean;
            have_number?: boolean;
            have_special_character?: boolean;
            have_upper_and_lower_characters?: boolean;
            only_allow_numeric?: boolean;
            /** @enum {integer} */
            consecutive_characters_length?: 0 | 4 | 5 | 6 | 7 | 8;
            weak_enhance_detection?: boolean;
        };
        SettingsScheduleMeeting: {
            /** @description New meetings start with the host's video on. */
            host_video?: boolean;
            /** @description New meetings start with participants' video on. */
            participants_video?: boolean;
            /** @enum {string} */
            audio_type?: "both" | "telephony" | "voip" | "thirdParty";
            join_before_host?: boolean;
            force_pmi_jbh_password?: boolean;
            pstn_password_protected?: boolean;
            use_pmi_for_scheduled_meetings?: boolean;
            use_pmi_for_instant_meetings?: boolean;
            require_password_for_scheduling_new_meetings?: boolean;
            require_password_for_scheduled_meetings?: boolean;
            require_password_for_instant_meetings?: boolean;
            /** @enum {string} */
            require_password_for_pmi_meetings?: "jbh_only" | "all" | "none";
            embed_password_in_join_link?: boolean;
            personal_meeting?: boolean;
            meeting_password_requirement?: components["schemas"]["SettingsPasswordRequirement"];
            continuous_meeting_chat?: {
                enable?: boolean;
                can_add_external_users?: boolean;
                auto_add_invited_external_users?: boolean;
            };
        };
        SettingsInMeeting: {
            e2e_encryption?: boolean;
            chat?: boolean;
            private_chat?: boolean;
            auto_saving_chat?: boolean;
            /**
             * @description 1 no one, 2 host and co-hosts, 3 everyone, 4 everyone and anyone directly.
             * @enum {integer}
             */
            allow_participants_chat_with?: 1 | 2 | 3 | 4;
            /**
             * @description 1 host only, 2 host and participants, 3 everyone.
             * @enum {integer}
             */
            allow_users_save_chats?: 1 | 2 | 3;
            /** @enum {string} */
            entry_exit_chime?: "host" | "all" | "none";
            record_play_voice?: boolean;
            file_transfer?: boolean;
            feedback?: boolean;
            post_meeting_feedback?: boolean;
            co_host?: boolean;
            polling?: boolean;
            attendee_on_hold?: boolean;
            annotation?: boolean;
            whiteboard?: boolean;
            remote_control?: boolean;
            non_verbal_feedback?: boolean;
            meeting_reactions?: boolean;
            breakout_room?: boolean;
            remote_support?: boolean;
            closed_caption?: boolean;
            group_hd?: boolean;
            virtual_background?: boolean;
            far_end_camera_control?: boolean;
            share_dual_camera?: boolean;
            screen_sharing?: boolean;
            /** @enum {string} */
            who_can_share_screen?: "host" | "all";
            /** @enum {string} */
            who_can_share_screen_when_someone_is_sharing?: "host" | "all";
            allow_live_streaming?: boolean;
            show_meeting_control_toolbar?: boolean;
            join_from_desktop?: boolean;
            join_from_mobile?: boolean;
            waiting_room?: boolean;
        };
        SettingsEmailNotification: {
            jbh_reminder?: boolean;
            cancel_meeting_reminder?: boolean;
            alternative_host_reminder?: boolean;
            schedule_for_reminder?: boolean;
            cloud_recording_available_reminder?: boolean;
            recording_available_reminder_schedulers?: boolean;
            recording_available_reminder_alternative_hosts?: boolean;
        };
        SettingsRecording: {
            local_recording?: boolean;
            /** @description Never true for a basic user (type 1). */
            cloud_recording?: boolean;
            record_speaker_view?: boolean;
            record_gallery_view?: boolean;
            record_audio_file?: boolean;
            save_chat_text?: boolean;
            show_timestamp?: boolean;
            recording_audio_transcript?: boolean;
            /**
             * @description New meetings' settings.auto_recording; `cloud` needs cloud_recording.
             * @enum {string}
             */
            auto_recording?: "local" | "cloud" | "none";
            host_pause_stop_recording?: boolean;
            auto_delete_cmr?: boolean;
            /** @enum {integer} */
            auto_delete_cmr_days?: 30 | 60 | 90 | 120;
            recording_disclaimer?: boolean;
            ask_participants_to_consent_disclaimer?: boolean;
            ask_host_to_confirm_disclaimer?: boolean;
            save_poll_results?: boolean;
            save_close_caption?: boolean;
            display_participant_name?: boolean;
            recording_thumbnails?: boolean;
            ip_address_access_control?: {
                enable?: boolean;
                ip_addresses_or_ranges?: string;
            };
            recording_password_requirement?: {
                length?: number;
                have_letter?: boolean;
                have_number?: boolean;
                have_special_character?: boolean;
                only_allow_numeric?: boolean;
            };
        };
        SettingsTelephony: {
            third_party_audio?: boolean;
            audio_conference_info?: string;
            show_international_numbers_link?: boolean;
            telephony_regions?: {
                allowed_values?: string[];
                selection_values?: string;
            };
        };
        SettingsFeature: {
            /**
             * @description Participants a meeting of the user may have: 100 for basic users, 300 for licensed ones unless changed.
             * @enum {integer}
             */
            meeting_capacity?: 100 | 300 | 500 | 1000;
            large_meeting?: boolean;
            /** @enum {integer} */
            large_meeting_capacity?: 500 | 1000;
            /** @description A webinar license; off unless assigned */
            webinar?: boolean;
            /** @enum {integer} */
            webinar_capacity?: 100 | 500 | 501 | 1000 | 1001 | 3000 | 5000 | 10000;
            zoom_events?: boolean;
            zoom_phone?: boolean;
            cn_meeting?: boolean;
            in_meeting?: boolean;
            /** @enum {string} */
            concurrent_meeting?: "Basic" | "Plus" | "None";
        };
        SettingsTsp: {
            call_out?: boolean;
            call_out_countries?: Record<string, never>[];
            show_international_numbers_link?: boolean;
        };
        SettingsMeetingSecurity: {
            auto_security?: boolean;
            block_user_domain?: boolean;
            block_user_domain_list?: string[];
            embed_password_in_join_link?: boolean;
            /**
             * @description New meetings' settings.encryption_type.
             * @enum {string}
             */
            encryption_type?: "enhanced_encryption" | "e2ee";
            end_to_end_encrypted_meetings?: boolean;
            meeting_password?: boolean;
            meeting_password_requirement?: components["schemas"]["SettingsPasswordRequirement"];
            only_authenticated_can_join_from_webclient?: boolean;
            phone_password?: boolean;
            pmi_password?: boolean;
            require_password_for_scheduled_meeting?: boolean;
            require_password_for_scheduled_webinar?: boolean;
            waiting_room?: boolean;
            waiting_room_settings?: {
                /**
                 * @description 0 everyone, 1 users not in the account, 2 users not in the account and not of allowed domains.
                 * @enum {integer}
                 */
                participants_to_place_in_waiting_room?: 0 | 1 | 2;
                /**
                 * @description 0 host and co-hosts
                 * @enum {integer}
                 */
                users_who_can_admit_participants_from_waiting_room?: 0 | 1;
                whitelisted_domains_for_waiting_room?: string;
            };
            webinar_password?: boolean;
        };
        AuthenticationOption: {
            id: string;
            name: string;
            /** @enum {string} */
            type: "enforce_login" | "enforce_login_with_domains" | "enforce_login_with_same_account" | "internally";
            default_option: boolean;
            visible: boolean;
            domains?: string;
        };
        RecordingSettingsUpdate: {
            /** @enum {string} */
            share_recording?: "publicly" | "internally" | "none";
            recording_authentication?: boolean;
            authentication_option?: string;
            authentication_domains?: string;
            viewer_download?: boolean;
            password?: string;
            on_demand?: boolean;
            /** @enum {integer} */
            approval_type?: 0 | 1 | 2;
            send_email_to_host?: boolean;
            show_social_share_buttons?: boolean;
            topic?: string;
        };
        /** @description yyyy-MM-ddTHH:mm:ssZ (GMT), or yyyy-MM-ddTHH:mm:ss in the meeting's timezone. */
        StartTime: string;
        /** @description Letters, digits and ASCII punctuation (such as ! @ */
        Password: string;
        /** @description A meeting's fields as LTI Pro's meetingInfo and the emulator's seeding take them (a null is refused). */
        MeetingFields: {
            topic?: string;
            type?: components["schemas"]["MeetingType"];
            start_time?: components["schemas"]["StartTime"];
            /** @description Minutes. */
            duration?: number;
            /** @description An IANA time zone name; the host's by default. */
            timezone?: string;
            agenda?: string;
            password?: components["schemas"]["Password"];
            default_password?: boolean;
            pre_schedule?: boolean;
            schedule_for?: string;
            recurrence?: components["schemas"]["Recurrence"];
            settings?: components["schemas"]["MeetingSettingsFields"];
        };
        /** @description A webinar's fields; on update, only those sent change. */
        WebinarCreate: {
            topic?: string;
            type?: components["schemas"]["WebinarType"];
            start_time?: components["schemas"]["StartTime"];
            /** @description Minutes. */
            duration?: number;
            /** @description An IANA time zone name; the host's by default. */
            timezone?: string;
            agenda?: string;
            password?: components["schemas"]["Password"];
            default_passcode?: boolean;
            /** @description The id or email of a user of the account who hosts the webinar (404/1001 otherwise). */
            schedule_for?: string;
            tracking_fields?: components["schemas"]["TrackingField"][];
            recurrence?: components["schemas"]["Recurrence"];
            settings?: components["schemas"]["WebinarSettingsFields"];
        };
    };
    responses: never;
    parameters: {
        /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
        Sandbox: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
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
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    reset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    exportState: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateSnapshot"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    importState: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateSnapshot"];
            };
        };
        responses: {
            /** @description Imported. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    deleteStateEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description A slice of the state: zoom, lti, luminus. */
                slice: string;
                /** @description One of its Maps, as GET /state names it: courses, associations, modules, users, staff, meetings, … */
                table: string;
                /** @description The entry's key in that Map, URL-encoded (an LTI course's is credentialKey|domain|contextId). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Still referred to */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    patchStateEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description A slice of the state: zoom, lti, luminus. */
                slice: string;
                /** @description One of its Maps, as GET /state names it: courses, associations, modules, users, staff, meetings, … */
                table: string;
                /** @description The entry's key in that Map, URL-encoded (an LTI course's is credentialKey|domain|contextId). */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The entry as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The world's time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An ISO instant, or milliseconds since the epoch, from 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z (the clock's range); an instant outside it answers 400 and changes nothing. */
                    now: string | number;
                } | {
                    /** @description Milliseconds to move by, at most the width of the clock's range; a move that would leave 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z answers 400 and changes nothing. */
                    advanceMs: number;
                };
            };
        };
        responses: {
            /** @description The new time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                service?: components["schemas"]["Service"];
                /** @example POST */
                method?: string;
                /**
                 * @description The exact path, or a pattern where `*` is any text.
                 * @example /api/v1/lti/rich/meeting/bulkImport
                 */
                path?: string;
                /** @description A status (0 for a dropped connection) or a class such as `4xx`. */
                status?: string;
                /**
                 * @description URL-encoded JSON matched against each entry's `request.body` (secrets read `[redacted]`): an object matches when every key it gives matches, recursively; an array element by element, of the same length; anything else when equal. Not JSON → 400.
                 * @example {"topic":"Week 1 Lecture"}
                 */
                body?: string;
            };
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching entries and how many there are. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        requests: components["schemas"]["JournalEntry"][];
                    };
                };
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The journal is empty; entry ids go on increasing. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The world's fault rules, in the order they are tried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        faults: components["schemas"]["FaultRule"][];
                    };
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    addFault: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRuleInput"];
            };
        };
        responses: {
            /** @description Added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No rules left. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    removeFault: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    listSandboxes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandboxes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sandboxes: components["schemas"]["SandboxInfo"][];
                    };
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    createSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxInfo"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    deleteSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; its credentials reach nothing any more. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    seed: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeedRequest"];
            };
        };
        responses: {
            /** @description Added; every entity as stored, with its ids, in the request's structure (every list present). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeedResult"];
                };
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every subscription, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscriptions: components["schemas"]["WebhookSubscription"][];
                    };
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    addWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An http(s) URL. */
                    url: string;
                    /** @description Signs every delivery (the app's Secret Token). */
                    secretToken: string;
                    events: components["schemas"]["WebhookEventName"][];
                };
            };
        };
        responses: {
            /** @description Subscribed, `pending` until the challenge is answered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Wrong input; nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: components["schemas"]["WebhookDelivery"][];
                    };
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox (or fault rule). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    removeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox or subscription. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
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
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    scriptZoomAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The meeting number. */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoomAttendanceScript"];
            };
        };
        responses: {
            /** @description The script now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetingId: string;
                        participants: components["schemas"]["ZoomAttendanceScript"];
                    };
                };
            };
            /** @description The body is not such an array: what to fix. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such meeting in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    clearZoomAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The meeting number. */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such meeting in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    startZoomMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The meeting number. */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live instance. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredZoomInstance"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such meeting in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description An instance of the meeting is already live. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    endZoomMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The meeting number. */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance, ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredZoomInstance"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such meeting in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No instance of the meeting is live. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    scriptZoomWebinarAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The webinar number. */
                webinarId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoomAttendanceScript"];
            };
        };
        responses: {
            /** @description The script now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        webinarId: string;
                        participants: components["schemas"]["ZoomAttendanceScript"];
                    };
                };
            };
            /** @description The body is not such an array: what to fix. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such webinar in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is neither JSON nor sent as JSON, text/plain or form-urlencoded (curl -d); nothing changed. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    clearZoomWebinarAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The webinar number. */
                webinarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such webinar in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    startZoomWebinar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The webinar number. */
                webinarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The live instance. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredZoomInstance"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such webinar in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description An instance of the webinar is already live. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    endZoomWebinar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The sandbox this call acts on; the default world when absent. Unknown → 404. */
                "x-emulator-sandbox"?: components["parameters"]["Sandbox"];
            };
            path: {
                /** @description The webinar number. */
                webinarId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance, ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredZoomInstance"];
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such webinar in the world. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No instance of the webinar is live. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description Sandbox id; the default world when absent. */
                sandbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The admin token is needed: the login form. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No such sandbox. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getDashboardWorld: {
        parameters: {
            query?: {
                /** @description Sandbox id; the default world when absent. */
                sandbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The panels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getDashboardSandboxes: {
        parameters: {
            query?: {
                /** @description The sandbox the page shows */
                sandbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The panel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    getDashboardEvents: {
        parameters: {
            query?: {
                /** @description Sandbox id; the default world when absent. */
                sandbox?: string;
                /** @description The `data-digest` of the page's world panels: the stream sends the panels at once unless they are still those. */
                digest?: string;
            };
            header?: {
                /** @description The last journal entry id received; EventSource sends it when it reconnects. */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such sandbox. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Not asked for as a stream (no `Accept: text/event-stream`). */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    getDocs: {
        parameters: {
            query?: {
                /** @description Sandbox id, whose credentials "Try it out" uses; the default world when absent. */
                sandbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The admin token is needed: the login form. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No such sandbox. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    token?: string;
                    /** @description `/__emulator/docs` goes back to the docs; anything else to `/`. */
                    next?: string;
                };
            };
        };
        responses: {
            /** @description Logged in (nothing to do without an admin token): on to `next`. The cookie is an HMAC of the token under a key drawn at start, so a restart logs everyone out. */
            303: {
                headers: {
                    "Set-Cookie"?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A body that is not a form. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description Not the admin token: the form again, with a message. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The login cookie cleared; on to the dashboard. */
            303: {
                headers: {
                    "Set-Cookie"?: string;
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Sent by a page of another origin; nothing changed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description The body is larger than 1 MiB; nothing changed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            /** @description The admin token is needed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlError"];
                };
            };
            /** @description No such contract. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getDashboardAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                    "text/javascript": string;
                };
            };
            /** @description No such file. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getSwaggerUiAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                    "text/javascript": string;
                    "text/html": string;
                    "image/png": string;
                    "application/json": unknown;
                    "application/octet-stream": string;
                };
            };
            /** @description No such file. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
}
