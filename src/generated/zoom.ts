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
                /** @description A user id, an email address, or `me`. */
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
                /** @description A user id, an email address, or `me`. */
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
    "/meetings/{meetingId}/registrants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                /** @description A user id, an email address, or `me`. */
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
        /** @description A user id, an email address, or `me`. */
        UserId: string;
        MeetingId: number;
        PageSize: number;
        /** @description Continues the list it was issued for (its filters and page size) for 15 minutes; a filter sent with it must equal the token's. Takes precedence over page_number. */
        NextPageToken: string;
        WebinarId: number;
        /** @description The page to answer when no next_page_token is sent; past the last page, no items. */
        PageNumber: number;
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
                /** @description A user id, an email address, or `me`. */
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
                /** @description A user id, an email address, or `me`. */
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
                /** @description A user id, an email address, or `me`. */
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
                /** @description A user id, an email address, or `me`. */
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
                /** @description A user id, an email address, or `me`. */
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
                /** @description A user id, an email address, or `me`. */
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
                /** @description A user id, an email address, or `me`. */
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
