/** @module Types generated from contracts/lti-pro.yaml by `npm run generate`; do not edit. */
export interface paths {
    "/open/meeting/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The upcoming or historical meetings of a host that are associated with a course of this LTI credential. */
        get: operations["listMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meeting/bulkImport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Associates up to 400 existing Zoom meetings with courses; the items are processed asynchronously. */
        post: operations["bulkImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meeting/bulkDisassociate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Removes up to 400 meeting–course associations; the items are processed asynchronously. */
        put: operations["bulkDisassociate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meeting/createAndAssociate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates a Zoom meeting for a host and associates it with a course. */
        post: operations["createAndAssociate"];
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
        SignatureError: {
            /** @constant */
            status: false;
            /** @constant */
            errorCode: "401";
            /** @constant */
            errorMessage: "Verify LTI signature failed(2203).";
        };
        PayloadTooLargeError: {
            /** @constant */
            status: false;
            /** @constant */
            errorCode: "413";
            errorMessage: string;
        };
        UnsupportedMediaTypeError: {
            /** @constant */
            status: false;
            /** @constant */
            errorCode: "415";
            errorMessage: string;
        };
        BadRequestError: {
            /** @constant */
            status: false;
            /** @constant */
            errorCode: "400";
            errorMessage: string;
        };
        /** @description A business failure, answered with HTTP 200. */
        Failure: {
            /** @constant */
            status: false;
            errorCode: string;
            errorMessage: string;
        };
        ListMeetingsSuccess: {
            /** @constant */
            status: true;
            result: components["schemas"]["MeetingPage"];
        };
        MeetingPage: {
            pageNum: number;
            pageSize: number;
            /** @description Matching meetings on every page. */
            total: number;
            list: components["schemas"]["LtiMeeting"][];
        };
        LtiMeeting: {
            /** @description The Zoom meeting UUID. */
            meetingId: string;
            meetingNumber: string;
            hostId: string;
            topic: string;
            /** @description In the meeting's time zone. Type 3 (no fixed time) shows its creation time; type 8 its next occurrence not yet ended, else its last. */
            startTime: string;
            duration: number;
            timezone: string;
            /** @description The host's personal meeting ID when the meeting uses it, else null. */
            pmi: string | null;
            /** @enum {unknown} */
            type: 1 | 2 | 3 | 8 | 10;
            /**
             * @description 0 not started, 1 started, 2 finished.
             * @enum {unknown}
             */
            status: 0 | 1 | 2;
        };
        BulkItem: {
            /** @description The Zoom meeting number (string or number). */
            meetingId: string | number;
            contextId: string;
            domain: string;
            /** @description Only needed for Canvas Calendar and Conversations. */
            courseId?: string | number;
        };
        BulkItems: components["schemas"]["BulkItem"][];
        BulkRequest: components["schemas"]["BulkItems"] | {
            /** @description An Admin or Owner of the credential's Zoom account. */
            userId: string;
            meetingList: components["schemas"]["BulkItems"];
        };
        CreateAndAssociateRequest: {
            /** @description The host's Zoom user id (or email). */
            userId: string;
            contextId: string;
            domain: string;
            courseId?: string | number;
            /** @description A Zoom create-meeting body (POST /v2/users/{userId}/meetings), validated by the same rules. */
            meetingInfo: components["schemas"]["MeetingFields"];
        };
        CreatedMeetingId: {
            /** @description The new meeting's number. */
            id: string;
        };
        CreateAndAssociateSuccess: {
            /** @constant */
            status: true;
            result: components["schemas"]["CreatedMeetingId"];
        };
        /** @description A business failure; `result` is present when the meeting was created but not associated (406). */
        CreateAndAssociateFailure: {
            /** @constant */
            status: false;
            errorCode: string;
            errorMessage: string;
            result?: components["schemas"]["CreatedMeetingId"];
        };
        /**
         * @description 1 instant, 2 scheduled, 3 recurring with no fixed time, 8 recurring with a fixed time, 10 screen share only.
         * @enum {integer}
         */
        MeetingType: 1 | 2 | 3 | 8 | 10;
        /** @description yyyy-MM-ddTHH:mm:ssZ (GMT), or yyyy-MM-ddTHH:mm:ss in the meeting's timezone. */
        StartTime: string;
        /** @description Letters, digits and ASCII punctuation (such as ! @ */
        Password: string;
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
    };
    responses: {
        /** @description The body is larger than 1 MiB (emulator choice); nothing changed. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PayloadTooLargeError"];
            };
        };
        /** @description The body is not sent as application/json (emulator choice); nothing changed. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnsupportedMediaTypeError"];
            };
        };
        /** @description A malformed request (parameter out of bounds, body not JSON or of the wrong shape); nothing changed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
            };
        };
        /** @description Signature refused (missing, unknown, malformed, expired or mismatched); see the x-emulator-diagnostic header. */
        SignatureFailed: {
            headers: {
                "x-emulator-diagnostic": components["headers"]["Diagnostic"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status": false,
                 *       "errorCode": "401",
                 *       "errorMessage": "Verify LTI signature failed(2203)."
                 *     }
                 */
                "application/json": components["schemas"]["SignatureError"];
            };
        };
    };
    parameters: {
        /**
         * @description Identifier of the LTI application (the LTI key from the LTI Pro configuration page).
         * @example demo-lti-key
         */
        Key: string;
        /**
         * @description When the request was signed, in ms since the epoch.
         * @example 1634769623355
         */
        Timestamp: string;
    };
    requestBodies: {
        Bulk: {
            content: {
                "application/json": components["schemas"]["BulkRequest"];
            };
        };
    };
    headers: {
        /**
         * @description Emulator only — why the signature was refused (the expected base string, the signature's age, …);
         *     never the secret or the expected signature.
         */
        Diagnostic: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMeetings: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the LTI application (the LTI key from the LTI Pro configuration page).
                 * @example demo-lti-key
                 */
                key: components["parameters"]["Key"];
                /**
                 * @description When the request was signed, in ms since the epoch.
                 * @example 1634769623355
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description The host's Zoom user id (the emulator also accepts the host's email).
                 * @example demo-host
                 */
                userId: string;
                /**
                 * @description `true`: meetings not yet ended, ascending by start; `false`: ended meetings, descending. Emulator default: true.
                 * @example true
                 */
                isUpComing?: "true" | "false";
                /**
                 * @description 1-based page number. Emulator default 1.
                 * @example 1
                 */
                pageNum?: number;
                /**
                 * @description Emulator default 20.
                 * @example 20
                 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page of meetings, or a business failure such as an unknown user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMeetingsSuccess"] | components["schemas"]["Failure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SignatureFailed"];
        };
    };
    bulkImport: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the LTI application (the LTI key from the LTI Pro configuration page).
                 * @example demo-lti-key
                 */
                key: components["parameters"]["Key"];
                /**
                 * @description When the request was signed, in ms since the epoch.
                 * @example 1634769623355
                 */
                timestamp: components["parameters"]["Timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Bulk"];
        responses: {
            /** @description Accepted for processing, or a business failure (unknown or non-admin userId). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: true;
                        /** @constant */
                        result: "Processing Bulk Import";
                    } | components["schemas"]["Failure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SignatureFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bulkDisassociate: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the LTI application (the LTI key from the LTI Pro configuration page).
                 * @example demo-lti-key
                 */
                key: components["parameters"]["Key"];
                /**
                 * @description When the request was signed, in ms since the epoch.
                 * @example 1634769623355
                 */
                timestamp: components["parameters"]["Timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Bulk"];
        responses: {
            /** @description Accepted for processing (the result text is the emulator's choice), or a business failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: true;
                        /** @constant */
                        result: "Processing Bulk Disassociate";
                    } | components["schemas"]["Failure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SignatureFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    createAndAssociate: {
        parameters: {
            query: {
                /**
                 * @description Identifier of the LTI application (the LTI key from the LTI Pro configuration page).
                 * @example demo-lti-key
                 */
                key: components["parameters"]["Key"];
                /**
                 * @description When the request was signed, in ms since the epoch.
                 * @example 1634769623355
                 */
                timestamp: components["parameters"]["Timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAndAssociateRequest"];
            };
        };
        responses: {
            /** @description Created and associated; or a business failure, possibly after the meeting was created (406, with its id). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAndAssociateSuccess"] | components["schemas"]["CreateAndAssociateFailure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["SignatureFailed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}
