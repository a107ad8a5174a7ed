/** @module Types generated from contracts/zoom.yaml by `npm run generate`; do not edit. */
export interface paths {
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Server-to-Server OAuth token (grant_type=account_credentials). */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch: operations["updateUser"];
        trace?: never;
    };
    "/users/{userId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get: operations["listMeetings"];
        put?: never;
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/report/users/{userId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** The user's past meetings and webinars that started in the range (Heavy; Pro or higher). */
        get: operations["reportMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active hosts (hosted a meeting that started in the range) or inactive ones, with their totals (Heavy; Pro or higher). */
        get: operations["reportUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/meetings/{meetingId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
                meetingId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        /** Every join of a past meeting instance (Heavy; Pro or higher). */
        get: operations["reportMeetingParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/webinars/{webinarId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webinar number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
                webinarId: components["parameters"]["WebinarInstanceId"];
            };
            cookie?: never;
        };
        /** Every join of a past webinar instance (Heavy; Pro or higher). */
        get: operations["reportWebinarParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live or past meeting instances in the range (Resource-intensive; Business or higher). */
        get: operations["dashboardMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/meetings/{meetingId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
                meetingId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        /** Every join of a live or past meeting instance (Heavy; Business or higher). */
        get: operations["dashboardMeetingParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/webinars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live or past webinar instances in the range (Resource-intensive; Business or higher). */
        get: operations["dashboardWebinars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** A user's settings, or one option's part of them. Rate limit category Medium. */
        get: operations["userSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes the fields sent, and only those. Rate limit category Medium. */
        patch: operations["userSettingsUpdate"];
        trace?: never;
    };
    "/users/{userId}/schedulers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** The users this user schedules meetings for (this user is their assistant). Rate limit category Medium. */
        get: operations["userSchedulers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/token": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** A fresh token of the type asked for. Rate limit category Light. */
        get: operations["userToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's groups, by name. Rate limit category Medium. */
        get: operations["groups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tracking_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's tracking fields, by name. Rate limit category Medium. */
        get: operations["trackingfieldList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        /** The meeting's invitation text. Rate limit category Light. */
        get: operations["meetingInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/past_meetings/{meetingId}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        /** @description Rate limit label: MEDIUM. Only ended instances; none yet: an empty list. */
        get: operations["pastMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/past_meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest ended instance), or an instance UUID. A UUID that begins with `/` or contains `//` must be double-encoded (encodeURIComponent twice); any UUID may be. */
                meetingId: components["parameters"]["MeetingUuidOrId"];
            };
            cookie?: never;
        };
        /** @description Rate limit label: LIGHT. The instance must have ended. */
        get: operations["pastMeetingDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/past_meetings/{meetingId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest ended instance), or an instance UUID. A UUID that begins with `/` or contains `//` must be double-encoded (encodeURIComponent twice); any UUID may be. */
                meetingId: components["parameters"]["MeetingUuidOrId"];
            };
            cookie?: never;
        };
        /** @description Rate limit label: MEDIUM. The instance must have ended; its joins by join time. */
        get: operations["pastMeetingParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
            };
            cookie?: never;
        };
        /** A meeting's cloud recording (Light). */
        get: operations["recordingGet"];
        put?: never;
        post?: never;
        /** All of a recording's files to the trash, or deleted for good (Light). */
        delete: operations["recordingDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/recordings/{recordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
                /** @description A recording file's id. */
                recordingId: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** One recording file to the trash, or deleted for good (Light). */
        delete: operations["recordingDeleteOne"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingUUID}/recordings/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An instance UUID (double encoded when it starts with `/` or contains `//`), or a meeting number for its latest instance. */
                meetingUUID: string;
            };
            cookie?: never;
        };
        get?: never;
        /** A recording and all its files back from the trash (Light). */
        put: operations["recordingStatusUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/recordings/{recordingId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
                /** @description A recording file's id. */
                recordingId: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        get?: never;
        /** One recording file back from the trash (Light). */
        put: operations["recordingStatusUpdateOne"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/recordings/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
            };
            cookie?: never;
        };
        /** A recording's sharing and viewing settings (Light; Zoom names the read this way). */
        get: operations["recordingSettingUpdate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Changes a recording's settings (Light). */
        patch: operations["recordingSettingsUpdate"];
        trace?: never;
    };
    "/users/{userId}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** A user's cloud recordings by start date, or the trash (Medium). */
        get: operations["recordingsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rec/download/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        /**
         * A recording file's bytes, as an attachment.
         * @description The account's access token (or JWT) or the recording's download_access_token, as a Bearer token or the `access_token` query parameter.
         */
        get: operations["downloadRecordingFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rec/play/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        /** A recording file's bytes, inline (for a player). */
        get: operations["playRecordingFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/registrants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        get: operations["listMeetingRegistrants"];
        put?: never;
        post: operations["addMeetingRegistrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meetingId}/registrants/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        get?: never;
        put: operations["updateMeetingRegistrantsStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/webinars": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get: operations["listWebinars"];
        put?: never;
        post: operations["createWebinar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webinars/{webinarId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        get: operations["getWebinar"];
        put?: never;
        post?: never;
        delete: operations["deleteWebinar"];
        options?: never;
        head?: never;
        patch: operations["updateWebinar"];
        trace?: never;
    };
    "/webinars/{webinarId}/registrants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        get: operations["listWebinarRegistrants"];
        put?: never;
        post: operations["addWebinarRegistrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webinars/{webinarId}/registrants/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        get?: never;
        put: operations["updateWebinarRegistrantsStatus"];
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
        Error: {
            code: number;
            message: string;
        };
        ValidationError: {
            /** @constant */
            code: 300;
            message: string;
            errors?: {
                field: string;
                message: string;
            }[];
        };
        OAuthError: {
            /** @enum {string} */
            error: "invalid_client" | "invalid_request" | "unsupported_grant_type";
            reason: string;
        };
        AccessToken: {
            access_token: string;
            /** @constant */
            token_type: "bearer";
            /** @constant */
            expires_in: 3600;
            scope: string;
            /** Format: uri */
            api_url: string;
        };
        /**
         * @description 1 basic, 2 licensed, 3 on-premises, 4 unassigned without meetings basic, 99 none.
         * @enum {integer}
         */
        UserType: 1 | 2 | 3 | 4 | 99;
        UserCreate: {
            /** @enum {string} */
            action: "create" | "autoCreate" | "custCreate" | "ssoCreate";
            user_info: {
                /** Format: email */
                email: string;
                /** @enum {integer} */
                type: 1 | 2 | 4 | 99;
                first_name?: string;
                last_name?: string;
                display_name?: string;
                password?: string;
            };
        };
        CreatedUser: {
            id: string;
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
            type: components["schemas"]["UserType"];
        };
        /** @description A field sent as null is left unchanged. */
        UserUpdate: {
            first_name?: string | null;
            last_name?: string | null;
            display_name?: string | null;
            /** @enum {integer|null} */
            type?: 1 | 2 | 4 | 99 | null;
            timezone?: string | null;
            language?: string | null;
            dept?: string | null;
            use_pmi?: boolean | null;
        };
        UserListItem: {
            id: string;
            first_name: string;
            last_name: string;
            display_name: string;
            /** Format: email */
            email: string;
            type: components["schemas"]["UserType"];
            /** Format: int64 */
            pmi: number;
            timezone: string;
            /** @enum {integer} */
            verified: 0 | 1;
            dept: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            user_created_at: string;
            language: string;
            /** @enum {string} */
            status: "active" | "inactive" | "pending";
            role_id: string;
        };
        User: {
            id: string;
            first_name: string;
            last_name: string;
            display_name: string;
            /** Format: email */
            email: string;
            type: components["schemas"]["UserType"];
            role_name: string;
            /** Format: int64 */
            pmi: number;
            use_pmi: boolean;
            /** Format: uri */
            personal_meeting_url: string;
            timezone: string;
            /** @enum {integer} */
            verified: 0 | 1;
            dept: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            user_created_at: string;
            language: string;
            /** @enum {string} */
            status: "active" | "inactive" | "pending";
            role_id: string;
            account_id: string;
            login_types: number[];
        };
        UserList: {
            page_count: number;
            page_number: number;
            page_size: number;
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
            users: components["schemas"]["UserListItem"][];
        };
        /**
         * @description 1 instant, 2 scheduled, 3 recurring with no fixed time, 8 recurring with a fixed time, 10 screen share only.
         * @enum {integer}
         */
        MeetingType: 1 | 2 | 3 | 8 | 10;
        /**
         * @description As MeetingType, and 4 for a meeting of type 2 or 3 that uses its host's personal meeting ID.
         * @enum {integer}
         */
        MeetingViewType: 1 | 2 | 3 | 4 | 8 | 10;
        /** @description yyyy-MM-ddTHH:mm:ssZ (GMT), or yyyy-MM-ddTHH:mm:ss in the meeting's timezone. */
        StartTime: string;
        /** @description Letters, digits and ASCII punctuation (such as ! @ */
        Password: string;
        TrackingField: {
            field: string;
            value?: string;
        };
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
        /** @description A field sent as null is left as it is (its default on create). */
        MeetingSettingsInput: {
            host_video?: boolean | null;
            participant_video?: boolean | null;
            join_before_host?: boolean | null;
            /** @enum {integer|null} */
            jbh_time?: 0 | 5 | 10 | 15 | null;
            mute_upon_entry?: boolean | null;
            waiting_room?: boolean | null;
            /** @enum {integer|null} */
            approval_type?: 0 | 1 | 2 | null;
            /**
             * @description Type 8 with registration: 1 register once for every occurrence, 2 for each occurrence, 3 once for chosen occurrences.
             * @enum {integer|null}
             */
            registration_type?: 1 | 2 | 3 | null;
            /** @enum {string|null} */
            audio?: "both" | "telephony" | "voip" | "thirdParty" | null;
            /** @enum {string|null} */
            auto_recording?: "local" | "cloud" | "none" | null;
            alternative_hosts?: string | null;
            meeting_authentication?: boolean | null;
            authentication_option?: string | null;
            authentication_domains?: string | null;
            watermark?: boolean | null;
            use_pmi?: boolean | null;
            enforce_login?: boolean | null;
            registrants_email_notification?: boolean | null;
            close_registration?: boolean | null;
            cn_meeting?: boolean | null;
            in_meeting?: boolean | null;
            private_meeting?: boolean | null;
            email_notification?: boolean | null;
            host_save_video_order?: boolean | null;
            show_share_button?: boolean | null;
            allow_multiple_devices?: boolean | null;
            /** @enum {string|null} */
            encryption_type?: "enhanced_encryption" | "e2ee" | null;
            continuous_meeting_chat?: {
                enable?: boolean | null;
            } | null;
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
        MeetingSettings: components["schemas"]["MeetingSettingsFields"] & unknown;
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
        /** @description A field sent as null is not set (create) or left unchanged (update). */
        MeetingCreate: {
            topic?: string | null;
            type?: components["schemas"]["MeetingType"] | null;
            start_time?: components["schemas"]["StartTime"] | null;
            /** @description Minutes. */
            duration?: number | null;
            /** @description An IANA time zone name; the host's by default. */
            timezone?: string | null;
            agenda?: string | null;
            password?: components["schemas"]["Password"] | null;
            default_password?: boolean | null;
            pre_schedule?: boolean | null;
            /** @description The id or email of a user of the account who hosts the meeting (404/1001 otherwise). */
            schedule_for?: string | null;
            tracking_fields?: components["schemas"]["TrackingField"][] | null;
            recurrence?: components["schemas"]["Recurrence"] | null;
            settings?: components["schemas"]["MeetingSettingsInput"] | null;
        };
        MeetingUpdate: components["schemas"]["MeetingCreate"];
        Occurrence: {
            /** @description The occurrence's start */
            occurrence_id: string;
            /** Format: date-time */
            start_time: string;
            duration: number;
            /** @enum {string} */
            status: "available" | "deleted";
        };
        Meeting: {
            uuid: string;
            /** Format: int64 */
            id: number;
            host_id: string;
            /** Format: email */
            host_email: string;
            topic: string;
            type: components["schemas"]["MeetingViewType"];
            /**
             * @description Derived from the emulator clock.
             * @enum {string}
             */
            status: "waiting" | "started";
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
            /** Format: uri */
            start_url: string;
            /** Format: uri */
            join_url: string;
            password: string;
            h323_password: string;
            pstn_password: string;
            encrypted_password: string;
            pre_schedule: boolean;
            /** @description The host's personal meeting ID, when the meeting uses it (type 4). */
            pmi?: string;
            /**
             * Format: uri
             * @description When registration is on (approval_type 0 or 1).
             */
            registration_url?: string;
            tracking_fields?: components["schemas"]["TrackingField"][];
            settings: components["schemas"]["MeetingSettings"];
            recurrence?: components["schemas"]["Recurrence"];
            occurrences?: components["schemas"]["Occurrence"][];
        };
        MeetingListItem: {
            uuid: string;
            /** Format: int64 */
            id: number;
            host_id: string;
            topic: string;
            type: components["schemas"]["MeetingType"];
            /** Format: date-time */
            start_time?: string;
            duration: number;
            timezone: string;
            agenda?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uri */
            join_url: string;
            pmi?: string;
        };
        MeetingList: {
            page_count: number;
            page_number: number;
            page_size: number;
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
            meetings: components["schemas"]["MeetingListItem"][];
        };
        PageCounts: {
            page_count: number;
            page_size: number;
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
        };
        ReportMeeting: {
            uuid: string;
            /** Format: int64 */
            id: number;
            /**
             * @description The meeting's or webinar's type when the instance started (10 screen share only, as this emulator's meetings may be).
             * @enum {integer}
             */
            type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
            topic: string;
            /** @description The host's display name. */
            user_name: string;
            user_email: string;
            host_name: string;
            /** Format: date-time */
            start_time: string;
            /** Format: date-time */
            end_time: string;
            /** @description Minutes from start to end. */
            duration: number;
            /** @description The participants' minutes, summed. */
            total_minutes: number;
            /** @description Joins (a participant who rejoins counts again). */
            participants_count: number;
            /** @description Joins by users of the host's account. */
            participants_count_my_account: number;
            /** @constant */
            source: "Zoom";
            custom_keys: Record<string, never>[];
            /**
             * Format: date-time
             * @description pastJoined: when the user first joined.
             */
            join_time?: string;
            /**
             * Format: date-time
             * @description pastJoined: when the user last left.
             */
            leave_time?: string;
            has_screen_share: boolean;
            has_recording: boolean;
            has_chat: boolean;
            /**
             * @description 1 end-to-end
             * @enum {integer}
             */
            meeting_encryption_status: 1 | 2;
        };
        ReportMeetingList: components["schemas"]["PageCounts"] & {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            page_number: number;
            page_count?: unknown;
            page_size?: unknown;
            total_records?: unknown;
            next_page_token?: unknown;
            meetings: components["schemas"]["ReportMeeting"][];
        };
        ReportUser: {
            id: string;
            email: string;
            user_name: string;
            type: components["schemas"]["UserType"];
            dept: string;
            meetings: number;
            participants: number;
            meeting_minutes: number;
            custom_attributes: Record<string, never>[];
        };
        ReportUserList: components["schemas"]["PageCounts"] & {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            page_number: number;
            page_count?: unknown;
            page_size?: unknown;
            total_records?: unknown;
            next_page_token?: unknown;
            total_meetings: number;
            total_participants: number;
            total_meeting_minutes: number;
            users: components["schemas"]["ReportUser"][];
        };
        ReportParticipant: {
            /** @description The participant's Zoom user id; empty for a guest. */
            id: string;
            /** @description The same as id. */
            participant_user_id: string;
            /** @description This join's own id. */
            user_id: string;
            name: string;
            user_email: string;
            /** Format: date-time */
            join_time: string;
            /** Format: date-time */
            leave_time: string;
            /** @description Seconds from join to leave. */
            duration: number;
            failover: boolean;
            /** @enum {string} */
            status: "in_meeting" | "in_waiting_room";
            customer_key: string;
            bo_mtg_id: string;
        };
        ReportParticipantList: components["schemas"]["PageCounts"] & {
            page_count?: unknown;
            page_size?: unknown;
            total_records?: unknown;
            next_page_token?: unknown;
            participants: components["schemas"]["ReportParticipant"][];
        };
        MetricsInstance: {
            uuid: string;
            /** Format: int64 */
            id: number;
            topic: string;
            /** @description The host's display name. */
            host: string;
            /** @description The host's email. */
            email: string;
            /** @enum {string} */
            user_type: "Basic" | "Licensed" | "On-prem" | "None";
            dept: string;
            /** Format: date-time */
            start_time: string;
            /**
             * Format: date-time
             * @description Absent while live.
             */
            end_time?: string;
            /** @description HH:mm:ss, to the end (live: to now). */
            duration: string;
            /** @description Joins so far. */
            participants: number;
            custom_keys: Record<string, never>[];
            /** @description With include_fields=tracking_fields (meetings). */
            tracking_fields?: components["schemas"]["TrackingField"][];
            has_pstn: boolean;
            has_voip: boolean;
            has_3rd_party_audio: boolean;
            has_video: boolean;
            has_screen_share: boolean;
            has_recording: boolean;
            has_sip: boolean;
            has_archiving: boolean;
            has_manual_captions: boolean;
            has_automated_captions: boolean;
            has_poll: boolean;
            /** @description Meetings only. */
            has_qa?: boolean;
            has_survey: boolean;
        };
        MetricsMeetingList: components["schemas"]["PageCounts"] & {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            page_count?: unknown;
            page_size?: unknown;
            total_records?: unknown;
            next_page_token?: unknown;
            meetings: components["schemas"]["MetricsInstance"][];
        };
        MetricsWebinarList: components["schemas"]["PageCounts"] & {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            page_count?: unknown;
            page_size?: unknown;
            total_records?: unknown;
            next_page_token?: unknown;
            webinars: components["schemas"]["MetricsInstance"][];
        };
        MetricsParticipant: {
            /** @description The participant's Zoom user id; empty for a guest. */
            id: string;
            participant_user_id: string;
            /** @description This join's own id. */
            user_id: string;
            user_name: string;
            email: string;
            /** Format: date-time */
            join_time: string;
            /**
             * Format: date-time
             * @description Absent while the participant is still in a live meeting.
             */
            leave_time?: string;
            /** @enum {string} */
            status: "in_meeting" | "in_waiting_room";
            /** @enum {string} */
            role: "host" | "attendee";
            recording: boolean;
            in_room_participants: number;
        };
        MetricsParticipantList: components["schemas"]["PageCounts"] & {
            page_count?: unknown;
            page_size?: unknown;
            total_records?: unknown;
            next_page_token?: unknown;
            participants: components["schemas"]["MetricsParticipant"][];
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
        SettingsAudioConferencing: {
            toll_free_and_fee_based_toll_call?: {
                enable?: boolean;
                allow_webinar_attendees_dial?: boolean;
                numbers?: Record<string, never>[];
            };
        };
        SettingsProfile: {
            recording_storage_location?: {
                allowed_values?: string[];
                value?: string;
            };
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
        /** @description The user's settings (GET without `option`); `custom_query_fields` answers only the fields it names, in their groups. */
        UserSettings: {
            schedule_meeting?: components["schemas"]["SettingsScheduleMeeting"];
            in_meeting?: components["schemas"]["SettingsInMeeting"];
            email_notification?: components["schemas"]["SettingsEmailNotification"];
            recording?: components["schemas"]["SettingsRecording"];
            telephony?: components["schemas"]["SettingsTelephony"];
            feature?: components["schemas"]["SettingsFeature"];
            tsp?: components["schemas"]["SettingsTsp"];
            audio_conferencing?: components["schemas"]["SettingsAudioConferencing"];
            profile?: components["schemas"]["SettingsProfile"];
        };
        /** @description GET with option=meeting_authentication. */
        MeetingAuthenticationSettings: {
            meeting_authentication: boolean;
            allow_authentication_exception: boolean;
            authentication_options: components["schemas"]["AuthenticationOption"][];
        };
        /** @description GET with option=recording_authentication. */
        RecordingAuthenticationSettings: {
            recording_authentication: boolean;
            authentication_options: components["schemas"]["AuthenticationOption"][];
        };
        /** @description GET with option=meeting_security. */
        MeetingSecuritySettings: {
            meeting_security: components["schemas"]["SettingsMeetingSecurity"];
        };
        /** @description What to change, merged field by field into the user's settings. Without `option`, the groups (plus meeting_security); with option=meeting_authentication or recording_authentication, that switch and `authentication_option`; with option=meeting_security, `meeting_security`. */
        UserSettingsUpdate: {
            schedule_meeting?: components["schemas"]["SettingsScheduleMeeting"];
            in_meeting?: components["schemas"]["SettingsInMeeting"];
            email_notification?: components["schemas"]["SettingsEmailNotification"];
            recording?: components["schemas"]["SettingsRecording"];
            telephony?: components["schemas"]["SettingsTelephony"];
            feature?: components["schemas"]["SettingsFeature"];
            tsp?: components["schemas"]["SettingsTsp"];
            meeting_security?: components["schemas"]["SettingsMeetingSecurity"];
            meeting_authentication?: boolean;
            recording_authentication?: boolean;
            allow_authentication_exception?: boolean;
            /** @description With `action` update, show or hide, the option `id` names; without `action`, a new option (`name` and `type` required). */
            authentication_option?: {
                /** @enum {string} */
                action?: "update" | "show" | "hide";
                id?: string;
                name?: string;
                /** @enum {string} */
                type?: "enforce_login" | "enforce_login_with_domains" | "enforce_login_with_same_account" | "internally";
                default_option?: boolean;
                domains?: string;
            };
        };
        SchedulerList: {
            schedulers: {
                id: string;
                /** Format: email */
                email: string;
                pmi: number;
            }[];
        };
        UserToken: {
            token: string;
        };
        GroupList: {
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
            groups: {
                id: string;
                name: string;
                total_members: number;
            }[];
        };
        AccountTrackingField: {
            id: string;
            field: string;
            recommended_values: string[];
            required: boolean;
            visible: boolean;
        };
        TrackingFieldList: {
            total_records: number;
            tracking_fields: components["schemas"]["AccountTrackingField"][];
        };
        MeetingInvitation: {
            invitation: string;
            sip_links: string[];
        };
        PastMeetingInstances: {
            /** @description The meeting's ended instances, oldest first. */
            meetings: {
                uuid: string;
                /** Format: date-time */
                start_time: string;
            }[];
        };
        PastMeeting: {
            uuid: string;
            /** Format: int64 */
            id: number;
            host_id: string;
            /** @description The meeting's type when the instance started. */
            type: number;
            topic: string;
            /** @description The host's display name. */
            user_name: string;
            user_email: string;
            /** Format: date-time */
            start_time: string;
            /** Format: date-time */
            end_time: string;
            /** @description Minutes from start to end. */
            duration: number;
            /** @description The minutes every participant attended */
            total_minutes: number;
            participants_count: number;
            dept: string;
            /** @enum {string} */
            source: "Zoom";
            has_meeting_summary: boolean;
        };
        PastMeetingParticipant: {
            /** @description The Zoom user id when the participant is a user of the host's account; else empty. */
            id: string;
            name: string;
            /** @description The participant id of this join */
            user_id: string;
            user_email: string;
            /** Format: date-time */
            join_time: string;
            /** Format: date-time */
            leave_time: string;
            /** @description Seconds from join to leave. */
            duration: number;
            failover: boolean;
            /** @enum {string} */
            status: "in_meeting" | "in_waiting_room";
            internal_user: boolean;
        };
        PastMeetingParticipants: {
            page_count: number;
            page_size: number;
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
            participants: components["schemas"]["PastMeetingParticipant"][];
        };
        /** @description The instance's meeting (or webinar) type, as a string: the spec lists 1, 2, 3, 4, 7, 8 for meetings and 5, 6, 9 for webinars; the emulator answers the type the instance started with (10 for a screen-share-only meeting, which the spec's list leaves out). */
        RecordingMeetingType: string;
        RecordingFile: {
            /** Format: uuid */
            id: string;
            /** @description The instance UUID. */
            meeting_id: string;
            /** Format: date-time */
            recording_start: string;
            /** Format: date-time */
            recording_end: string;
            /** @enum {string} */
            file_type: "MP4" | "M4A" | "TRANSCRIPT" | "CHAT";
            /** @enum {string} */
            file_extension: "MP4" | "M4A" | "VTT" | "TXT";
            /** @description In bytes; the download's Content-Length. */
            file_size: number;
            /** Format: uri */
            play_url: string;
            /** Format: uri */
            download_url: string;
            /** @enum {string} */
            status: "completed";
            /** @enum {string} */
            recording_type: "shared_screen_with_speaker_view" | "audio_only" | "audio_transcript" | "chat_file";
            /**
             * Format: date-time
             * @description When it went to the trash; trash listings only.
             */
            deleted_time?: string;
        };
        Recording: {
            /** @description The instance UUID. */
            uuid: string;
            /**
             * Format: int64
             * @description The meeting number.
             */
            id: number;
            account_id: string;
            host_id: string;
            topic: string;
            type: components["schemas"]["RecordingMeetingType"];
            /** Format: date-time */
            start_time: string;
            /** @description Minutes. */
            duration: number;
            total_size: number;
            recording_count: number;
            recording_files: components["schemas"]["RecordingFile"][];
        };
        RecordingDetail: {
            /** @description The instance UUID. */
            uuid: string;
            /**
             * Format: int64
             * @description The meeting number.
             */
            id: number;
            account_id: string;
            host_id: string;
            topic: string;
            type: components["schemas"]["RecordingMeetingType"];
            /** Format: date-time */
            start_time: string;
            /** @description Minutes. */
            duration: number;
            total_size: number;
            recording_count: number;
            recording_files: components["schemas"]["RecordingFile"][];
            /** @description The recording's passcode (its settings' password). */
            password: string;
            /** @description Spliced into play_url as `?pwd=`. */
            recording_play_passcode: string;
            /** @description With include_fields=download_access_token: downloads this recording's files for ttl seconds. */
            download_access_token?: string;
        };
        RecordingList: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            page_count: number;
            page_size: number;
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
            meetings: components["schemas"]["Recording"][];
        };
        RecordingSettings: {
            /** @enum {string} */
            share_recording: "publicly" | "internally" | "none";
            recording_authentication: boolean;
            authentication_option: string;
            authentication_domains: string;
            viewer_download: boolean;
            password: string;
            on_demand: boolean;
            /** @enum {integer} */
            approval_type: 0 | 1 | 2;
            send_email_to_host: boolean;
            show_social_share_buttons: boolean;
            topic: string;
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
        RecordingRecover: {
            /** @enum {string} */
            action: "recover";
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
        WebinarUpdate: components["schemas"]["WebinarCreate"];
        Webinar: {
            uuid: string;
            /** Format: int64 */
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
            duration: number;
            timezone: string;
            agenda: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uri */
            start_url: string;
            /** Format: uri */
            join_url: string;
            /**
             * Format: uri
             * @description When registration is on (approval_type 0 or 1).
             */
            registration_url?: string;
            password: string;
            h323_passcode: string;
            encrypted_passcode: string;
            tracking_fields?: components["schemas"]["TrackingField"][];
            settings: components["schemas"]["WebinarSettings"];
            recurrence?: components["schemas"]["Recurrence"];
            occurrences?: components["schemas"]["Occurrence"][];
            /** @constant */
            is_simulive: false;
            /** @constant */
            creation_source: "open_api";
        };
        WebinarListItem: {
            uuid: string;
            /** Format: int64 */
            id: number;
            host_id: string;
            topic: string;
            type: components["schemas"]["WebinarType"];
            /** Format: date-time */
            start_time?: string;
            duration: number;
            timezone: string;
            agenda: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uri */
            join_url: string;
            /** @constant */
            is_simulive: false;
        };
        WebinarList: {
            page_count: number;
            page_number: number;
            page_size: number;
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
            webinars: components["schemas"]["WebinarListItem"][];
        };
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
        RegistrantCreate: components["schemas"]["RegistrantFields"] & {
            /** Format: email */
            email: string;
            first_name: string;
            /** @enum {string} */
            language?: "en-US" | "de-DE" | "es-ES" | "fr-FR" | "jp-JP" | "pt-PT" | "ru-RU" | "zh-CN" | "zh-TW" | "ko-KO" | "it-IT" | "vi-VN" | "pl-PL" | "Tr-TR";
            /** @description Approve at once, though the approval type is manual (1). */
            auto_approve?: boolean;
        };
        Registrant: components["schemas"]["RegistrantFields"] & {
            id: string;
            /** Format: email */
            email: string;
            first_name: string;
            /** @enum {string} */
            status: "approved" | "pending" | "denied";
            /** Format: date-time */
            create_time: string;
            /**
             * Format: uri
             * @description The registrant's own: the event's number and a token of the registrant.
             */
            join_url: string;
        };
        RegistrantList: {
            page_count: number;
            page_number: number;
            page_size: number;
            total_records: number;
            /** @description Empty on the last page. */
            next_page_token: string;
            registrants: components["schemas"]["Registrant"][];
        };
        RegistrantCreated: {
            /**
             * Format: int64
             * @description The meeting or webinar number.
             */
            id: number;
            registrant_id: string;
            /** Format: uri */
            join_url: string;
            topic: string;
            /** Format: date-time */
            start_time?: string;
            /** @description Recurring with a fixed time: the occurrences registered for. */
            occurrences?: components["schemas"]["Occurrence"][];
        };
        RegistrantStatusUpdate: {
            /** @enum {string} */
            action: "approve" | "cancel" | "deny";
            /** @description Each by id or email; one the event has not is passed over. */
            registrants?: {
                id?: string;
                email?: string;
            }[];
        };
    };
    responses: {
        /** @description Done. */
        NoContent: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description An OAuth error. */
        OAuthError: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
        PayloadTooLarge: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
        UnsupportedMediaType: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
        ValidationFailed: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
        UserBadRequest: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
            };
        };
        /** @description Code 124, missing, invalid or expired access token. */
        Unauthorized: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Code 1001 (user) or 3001 (meeting). */
        NotFound: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Code 1005, the email is already in use. */
        Conflict: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
        ReportBadRequest: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
            };
        };
        /** @description A daily or per-second rate limit. */
        TooManyRequests: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                "X-RateLimit-Type"?: string;
                "X-RateLimit-Limit"?: string;
                "X-RateLimit-Remaining"?: string;
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
        RecordingNotFound: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Code 200 "Webinar plan is missing. …", the host's settings do not enable webinars; code 300 with the fields at fault; code 3000, no such occurrence of this webinar; code 1010, a user of another account. */
        WebinarBadRequest: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
            };
        };
        /** @description Code 300 with the fields at fault (an occurrence_ids naming no occurrence of the event, an invalid next_page_token); code 3038, registration is closed (close_registration and the event is over); code 200 "Webinar plan is missing. …" for a webinar of a host without webinars. */
        RegistrationBadRequest: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
            };
        };
        /** @description Code 3001, no such meeting or webinar; code 404 "Registration has not been enabled for this meeting: {id}." (or webinar), its approval_type is 2; code 3043, a new registrant past the event's capacity (4,999 for a meeting, a webinar's registrants_restrict_number). */
        RegistrationNotFound: {
            headers: {
                "x-zm-trackingid": components["headers"]["TrackingId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description A user id, an email address, or `me`.
         * @example demo-host
         */
        UserId: string;
        /** @example 81000000001 */
        MeetingId: number;
        /** @description A meeting number (its latest ended instance), or an instance UUID. A UUID that begins with `/` or contains `//` must be double-encoded (encodeURIComponent twice); any UUID may be. */
        MeetingUuidOrId: string;
        PageSize: number;
        /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
        NextPageToken: string;
        /** @example 82000000001 */
        WebinarId: number;
        /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
        PageNumber: number;
        /** @description Start date (yyyy-mm-dd, UTC); the range up to `to` is at most one month and starts within the last six months. */
        ReportFrom: string;
        /** @description End date (yyyy-mm-dd, UTC), included. */
        ReportTo: string;
        /** @description A meeting number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
        InstanceId: string;
        /** @description A webinar number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
        WebinarInstanceId: string;
        /** @description Accepted; registrant ids are not emulated, so none is answered. */
        IncludeRegistrantId: "registrant_id";
        /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
        RecordingMeetingId: string;
        /** @description A recording file's id. */
        RecordingId: string;
        /** @description `trash` moves to the trash (kept 30 days); `delete` deletes for good. */
        RecordingDeleteAction: "trash" | "delete";
    };
    requestBodies: never;
    headers: {
        /** @description Zoom's request tracking id; on every response, errors included. */
        TrackingId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAccessToken: {
        parameters: {
            query?: {
                grant_type?: "account_credentials";
                account_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    grant_type?: "account_credentials";
                    account_id?: string;
                };
            };
        };
        responses: {
            /** @description A bearer token valid for one hour. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /** @description An OAuth error. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description An OAuth error. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description An OAuth error. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                status?: "active" | "inactive" | "pending";
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
                page_number?: components["parameters"]["PageNumber"];
                role_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the account's users. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1005, the email is already in use. */
            409: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: {
                action?: "disassociate" | "delete";
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                type?: "scheduled" | "live" | "upcoming" | "upcoming_meetings" | "previous_meetings";
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
                page_number?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the user's meetings. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingList"];
                };
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingCreate"];
            };
        };
        responses: {
            /** @description The meeting, in full. */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: {
                occurrence_id?: string;
                show_previous_occurrences?: boolean;
            };
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting, in full. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMeeting: {
        parameters: {
            query?: {
                occurrence_id?: string;
                schedule_for_reminder?: boolean;
                cancel_meeting_reminder?: boolean;
            };
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 3000, no such occurrence of this meeting; or code 300, a parameter its schema refuses. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: {
                occurrence_id?: string;
            };
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingUpdate"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportMeetings: {
        parameters: {
            query: {
                /** @description Start date (yyyy-mm-dd, UTC); the range up to `to` is at most one month and starts within the last six months. */
                from: components["parameters"]["ReportFrom"];
                /** @description End date (yyyy-mm-dd, UTC), included. */
                to: components["parameters"]["ReportTo"];
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description `past` hosted with two or more unique participants, `pastOne` hosted with exactly one, `pastJoined` hosted or joined. */
                type?: "past" | "pastOne" | "pastJoined";
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the report, oldest first. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportMeetingList"];
                };
            };
            /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportUsers: {
        parameters: {
            query: {
                type?: "active" | "inactive";
                /** @description Start date (yyyy-mm-dd, UTC); the range up to `to` is at most one month and starts within the last six months. */
                from: components["parameters"]["ReportFrom"];
                /** @description End date (yyyy-mm-dd, UTC), included. */
                to: components["parameters"]["ReportTo"];
                page_size?: components["parameters"]["PageSize"];
                /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
                page_number?: components["parameters"]["PageNumber"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description Accepted and ignored (groups are not emulated here). */
                group_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the hosts; the totals cover every page. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportUserList"];
                };
            };
            /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportMeetingParticipants: {
        parameters: {
            query?: {
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description Accepted; registrant ids are not emulated, so none is answered. */
                include_fields?: components["parameters"]["IncludeRegistrantId"];
            };
            header?: never;
            path: {
                /** @description A meeting number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
                meetingId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the joins, by join time. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportParticipantList"];
                };
            };
            /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportWebinarParticipants: {
        parameters: {
            query?: {
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description Accepted; registrant ids are not emulated, so none is answered. */
                include_fields?: components["parameters"]["IncludeRegistrantId"];
            };
            header?: never;
            path: {
                /** @description A webinar number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
                webinarId: components["parameters"]["WebinarInstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the joins, by join time. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportParticipantList"];
                };
            };
            /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dashboardMeetings: {
        parameters: {
            query: {
                /** @description `live` (started, not ended), `past` (ended, two or more unique participants), `pastOne` (ended, one). */
                type?: "past" | "pastOne" | "live";
                /** @description Start date (yyyy-mm-dd, UTC); the range up to `to` is at most one month and starts within the last six months. */
                from: components["parameters"]["ReportFrom"];
                /** @description End date (yyyy-mm-dd, UTC), included. */
                to: components["parameters"]["ReportTo"];
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description Accepted and ignored. */
                group_id?: string;
                /** @description Accepted and ignored. */
                group_include_participant?: boolean;
                include_fields?: "tracking_fields";
                /** @description Whether the range filters by the instance's start or its end (a live one has none). */
                query_date_type?: "start_time" | "end_time";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the instances, oldest first. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsMeetingList"];
                };
            };
            /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dashboardMeetingParticipants: {
        parameters: {
            query?: {
                /** @description A meeting number names its live instance (`live`) or its latest ended one (`past`, `pastOne`). */
                type?: "past" | "pastOne" | "live";
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description Accepted; registrant ids are not emulated, so none is answered. */
                include_fields?: components["parameters"]["IncludeRegistrantId"];
            };
            header?: never;
            path: {
                /** @description A meeting number (its latest instance) or an instance UUID; a UUID that begins with `/` or contains `//` must be double-encoded. */
                meetingId: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the joins, by join time. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsParticipantList"];
                };
            };
            /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dashboardWebinars: {
        parameters: {
            query: {
                type?: "past" | "live";
                /** @description Start date (yyyy-mm-dd, UTC); the range up to `to` is at most one month and starts within the last six months. */
                from: components["parameters"]["ReportFrom"];
                /** @description End date (yyyy-mm-dd, UTC), included. */
                to: components["parameters"]["ReportTo"];
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description Accepted and ignored. */
                group_id?: string;
                /** @description Accepted and ignored. */
                group_include_participant?: boolean;
                query_date_type?: "start_time" | "end_time";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the instances, oldest first. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsWebinarList"];
                };
            };
            /** @description Code 300 with the fields at fault, or code 300 without fields for a date range Zoom refuses (`to` before `from`, longer than one month, `from` more than six months back) or an expired next page token; code 200, the account's plan lacks the feature (reports need Pro or higher, dashboard metrics Business or higher); code 1010, a user of another account; code 12702, an instance more than a year old. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    userSettings: {
        parameters: {
            query?: {
                option?: "meeting_authentication" | "recording_authentication" | "meeting_security";
                login_type?: 0 | 1 | 11 | 21 | 23 | 24 | 27 | 97 | 98 | 99 | 100 | 101;
                /** @description Comma-separated field names; the answer keeps only those fields (in their groups). Ignored with `option`. */
                custom_query_fields?: string;
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings object (without option), or the option's object. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSettings"] | components["schemas"]["MeetingAuthenticationSettings"] | components["schemas"]["RecordingAuthenticationSettings"] | components["schemas"]["MeetingSecuritySettings"];
                };
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    userSettingsUpdate: {
        parameters: {
            query?: {
                option?: "meeting_authentication" | "recording_authentication" | "meeting_security";
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSettingsUpdate"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (a value its schema refuses; a field of another option; cloud recording or a webinar license for a basic user; an authentication option that does not exist); or code 1010, a user of another account. Nothing changed. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    userSchedulers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedulers, by email. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchedulerList"];
                };
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    userToken: {
        parameters: {
            query?: {
                /** @description `token` (the default), `zak`, `onbehalf` (needs meeting_id), or `zpk` (of Zoom's earlier specification). */
                type?: "token" | "zak" | "onbehalf" | "zpk";
                /** @description Seconds the token lives (type zak); 7200 by default, at most 7776000 (90 days). */
                ttl?: number;
                /** @description The meeting an `onbehalf` token is for. */
                meeting_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserToken"];
                };
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (the meeting an onbehalf token is for). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    groups: {
        parameters: {
            query?: {
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the account's groups. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    trackingfieldList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every tracking field of the account. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingFieldList"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    meetingInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation, as the host would send it. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingInvitation"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pastMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting's ended instances. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PastMeetingInstances"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pastMeetingDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest ended instance), or an instance UUID. A UUID that begins with `/` or contains `//` must be double-encoded (encodeURIComponent twice); any UUID may be. */
                meetingId: components["parameters"]["MeetingUuidOrId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ended instance. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PastMeeting"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pastMeetingParticipants: {
        parameters: {
            query?: {
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
            };
            header?: never;
            path: {
                /** @description A meeting number (its latest ended instance), or an instance UUID. A UUID that begins with `/` or contains `//` must be double-encoded (encodeURIComponent twice); any UUID may be. */
                meetingId: components["parameters"]["MeetingUuidOrId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the instance's participants. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PastMeetingParticipants"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingGet: {
        parameters: {
            query?: {
                /** @description `download_access_token` adds that token. */
                include_fields?: "download_access_token";
                /** @description Seconds the download_access_token lasts (default 86400, emulator choice). */
                ttl?: number;
            };
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording and its files. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingDetail"];
                };
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingDelete: {
        parameters: {
            query?: {
                /** @description `trash` moves to the trash (kept 30 days); `delete` deletes for good. */
                action?: components["parameters"]["RecordingDeleteAction"];
            };
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingDeleteOne: {
        parameters: {
            query?: {
                /** @description `trash` moves to the trash (kept 30 days); `delete` deletes for good. */
                action?: components["parameters"]["RecordingDeleteAction"];
            };
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
                /** @description A recording file's id. */
                recordingId: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingStatusUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An instance UUID (double encoded when it starts with `/` or contains `//`), or a meeting number for its latest instance. */
                meetingUUID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingRecover"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingStatusUpdateOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
                /** @description A recording file's id. */
                recordingId: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingRecover"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingSettingUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingSettings"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingSettingsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A meeting number (its latest instance with a recording), or an instance UUID; a UUID that starts with `/` or contains `//` must be double encoded. */
                meetingId: components["parameters"]["RecordingMeetingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingSettingsUpdate"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (a next_page_token that is malformed, from another list or sent with another filter: field next_page_token), or code 300 "The next page token is invalid or expired." without fields, 15 minutes after the token was issued. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordingsList: {
        parameters: {
            query?: {
                /** @description UTC date; default today. */
                from?: string;
                /** @description UTC date, at most a month after from; default tomorrow. */
                to?: string;
                /** @description List the trash instead (not filtered by date). */
                trash?: boolean;
                trash_type?: "meeting_recordings" | "recording_file";
                /** @description Meeting-connector metadata (Zoom's spec); accepted and ignored. */
                mc?: string;
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the user's recordings, newest first. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingList"];
                };
            };
            /** @description Code 300 with the fields at fault; or code 1010, the user id is of a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadRecordingFile: {
        parameters: {
            query?: {
                access_token?: string;
            };
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file; Content-Length is its file_size. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": string;
                    "audio/mp4": string;
                    "text/vtt": string;
                    "text/plain": string;
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    playRecordingFile: {
        parameters: {
            query?: {
                access_token?: string;
            };
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file; Content-Length is its file_size. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": string;
                    "audio/mp4": string;
                    "text/vtt": string;
                    "text/plain": string;
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3301, no such recording: no instance recorded to the cloud, still processing, deleted, in the trash (outside the trash operations), or no such file in it; code 1001, no such user. */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMeetingRegistrants: {
        parameters: {
            query?: {
                /** @description Only the registrants of this occurrence. */
                occurrence_id?: string;
                status?: "pending" | "approved" | "denied";
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
                page_number?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the registrants of that status, oldest first. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrantList"];
                };
            };
            /** @description Code 300 with the fields at fault (an occurrence_ids naming no occurrence of the event, an invalid next_page_token); code 3038, registration is closed (close_registration and the event is over); code 200 "Webinar plan is missing. …" for a webinar of a host without webinars. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3001, no such meeting or webinar; code 404 "Registration has not been enabled for this meeting: {id}." (or webinar), its approval_type is 2; code 3043, a new registrant past the event's capacity (4,999 for a meeting, a webinar's registrants_restrict_number). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addMeetingRegistrant: {
        parameters: {
            query?: {
                /** @description Comma-separated occurrence ids to register for (registration_type 2 or 3); all upcoming ones when left out. */
                occurrence_ids?: string;
            };
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrantCreate"];
            };
        };
        responses: {
            /** @description Registered (or, for an email already registered, that registration). */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrantCreated"];
                };
            };
            /** @description Code 300 with the fields at fault (an occurrence_ids naming no occurrence of the event, an invalid next_page_token); code 3038, registration is closed (close_registration and the event is over); code 200 "Webinar plan is missing. …" for a webinar of a host without webinars. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3001, no such meeting or webinar; code 404 "Registration has not been enabled for this meeting: {id}." (or webinar), its approval_type is 2; code 3043, a new registrant past the event's capacity (4,999 for a meeting, a webinar's registrants_restrict_number). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMeetingRegistrantsStatus: {
        parameters: {
            query?: {
                occurrence_id?: string;
            };
            header?: never;
            path: {
                /** @example 81000000001 */
                meetingId: components["parameters"]["MeetingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrantStatusUpdate"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (an occurrence_ids naming no occurrence of the event, an invalid next_page_token); code 3038, registration is closed (close_registration and the event is over); code 200 "Webinar plan is missing. …" for a webinar of a host without webinars. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3001, no such meeting or webinar; code 404 "Registration has not been enabled for this meeting: {id}." (or webinar), its approval_type is 2; code 3043, a new registrant past the event's capacity (4,999 for a meeting, a webinar's registrants_restrict_number). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebinars: {
        parameters: {
            query?: {
                type?: "scheduled" | "upcoming";
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
                page_number?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the user's webinars, by start time. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebinarList"];
                };
            };
            /** @description Code 200 "Webinar plan is missing. …", the host's settings do not enable webinars; code 300 with the fields at fault; code 3000, no such occurrence of this webinar; code 1010, a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebinar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A user id, an email address, or `me`.
                 * @example demo-host
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebinarCreate"];
            };
        };
        responses: {
            /** @description The webinar, in full. */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webinar"];
                };
            };
            /** @description Code 200 "Webinar plan is missing. …", the host's settings do not enable webinars; code 300 with the fields at fault; code 3000, no such occurrence of this webinar; code 1010, a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebinar: {
        parameters: {
            query?: {
                occurrence_id?: string;
                show_previous_occurrences?: boolean;
            };
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webinar, in full. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webinar"];
                };
            };
            /** @description Code 200 "Webinar plan is missing. …", the host's settings do not enable webinars; code 300 with the fields at fault; code 3000, no such occurrence of this webinar; code 1010, a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebinar: {
        parameters: {
            query?: {
                occurrence_id?: string;
                cancel_webinar_reminder?: boolean;
            };
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 200 "Webinar plan is missing. …", the host's settings do not enable webinars; code 300 with the fields at fault; code 3000, no such occurrence of this webinar; code 1010, a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebinar: {
        parameters: {
            query?: {
                occurrence_id?: string;
            };
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebinarUpdate"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 200 "Webinar plan is missing. …", the host's settings do not enable webinars; code 300 with the fields at fault; code 3000, no such occurrence of this webinar; code 1010, a user of another account. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 1001 (user) or 3001 (meeting). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebinarRegistrants: {
        parameters: {
            query?: {
                /** @description Only the registrants of this occurrence. */
                occurrence_id?: string;
                status?: "pending" | "approved" | "denied";
                page_size?: components["parameters"]["PageSize"];
                /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
                next_page_token?: components["parameters"]["NextPageToken"];
                /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
                page_number?: components["parameters"]["PageNumber"];
            };
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the registrants of that status, oldest first. */
            200: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrantList"];
                };
            };
            /** @description Code 300 with the fields at fault (an occurrence_ids naming no occurrence of the event, an invalid next_page_token); code 3038, registration is closed (close_registration and the event is over); code 200 "Webinar plan is missing. …" for a webinar of a host without webinars. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3001, no such meeting or webinar; code 404 "Registration has not been enabled for this meeting: {id}." (or webinar), its approval_type is 2; code 3043, a new registrant past the event's capacity (4,999 for a meeting, a webinar's registrants_restrict_number). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addWebinarRegistrant: {
        parameters: {
            query?: {
                /** @description Comma-separated occurrence ids to register for (registration_type 2 or 3); all upcoming ones when left out. */
                occurrence_ids?: string;
            };
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrantCreate"];
            };
        };
        responses: {
            /** @description Registered (or, for an email already registered, that registration). */
            201: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrantCreated"];
                };
            };
            /** @description Code 300 with the fields at fault (an occurrence_ids naming no occurrence of the event, an invalid next_page_token); code 3038, registration is closed (close_registration and the event is over); code 200 "Webinar plan is missing. …" for a webinar of a host without webinars. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3001, no such meeting or webinar; code 404 "Registration has not been enabled for this meeting: {id}." (or webinar), its approval_type is 2; code 3043, a new registrant past the event's capacity (4,999 for a meeting, a webinar's registrants_restrict_number). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebinarRegistrantsStatus: {
        parameters: {
            query?: {
                occurrence_id?: string;
            };
            header?: never;
            path: {
                /** @example 82000000001 */
                webinarId: components["parameters"]["WebinarId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrantStatusUpdate"];
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Code 300 with the fields at fault (an occurrence_ids naming no occurrence of the event, an invalid next_page_token); code 3038, registration is closed (close_registration and the event is over); code 200 "Webinar plan is missing. …" for a webinar of a host without webinars. */
            400: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"] | components["schemas"]["Error"];
                };
            };
            /** @description Code 124, missing, invalid or expired access token. */
            401: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 3001, no such meeting or webinar; code 404 "Registration has not been enabled for this meeting: {id}." (or webinar), its approval_type is 2; code 3043, a new registrant past the event's capacity (4,999 for a meeting, a webinar's registrants_restrict_number). */
            404: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 413, the body is larger than 1 MiB (emulator choice); nothing changed. */
            413: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Code 415, the body is not sent as application/json (emulator choice); nothing changed. */
            415: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A daily or per-second rate limit. */
            429: {
                headers: {
                    "x-zm-trackingid": components["headers"]["TrackingId"];
                    "X-RateLimit-Category"?: "Light" | "Medium" | "Heavy" | "Resource-intensive";
                    "X-RateLimit-Type"?: string;
                    "X-RateLimit-Limit"?: string;
                    "X-RateLimit-Remaining"?: string;
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
