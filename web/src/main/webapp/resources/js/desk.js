/*
 * The agent desk's push handler. The connector's hint of an offered call arrives with the caller itself: it is
 * painted at once into the pop panel (as text only: textContent, never HTML, since a caller-ID name is
 * attacker-controlled). The full card, rendered and escaped on the server, replaces it when the durable path has
 * recorded the call ("pop", fetched by a p:remoteCommand of the desk, like "ended" and "state").
 */
var Switchboard = Switchboard || {};

Switchboard.onPush = function (message) {
    // "pop", "ended", "state": fetch what changed (p:remoteCommands of the desk's push form).
    var fetchChange = {pop: 'pushedPop', ended: 'pushedEnded', state: 'pushedState'}[message];
    if (fetchChange && typeof window[fetchChange] === 'function') {
        window[fetchChange]();
    }
    // A call was recorded or ended: the wrap-up panel may have another call now (a p:remoteCommand on the desk).
    if ((message === 'pop' || message === 'ended') && typeof window.refreshWrapUp === 'function') {
        window.refreshWrapUp();
    }
    if (message === null || typeof message !== 'object' || message.event !== 'pop') {
        return;
    }
    var panel = document.getElementById('popForm:pop');
    var card = document.getElementById('popForm:popCard');
    if (!panel || (card && card.getAttribute('data-linked-id') === message.linkedId)) {
        return; // the full card of this call came first
    }
    panel.replaceChildren(Switchboard.previewCard(message));
};

Switchboard.previewCard = function (pop) {
    var card = document.createElement('div');
    card.id = 'popPreview';
    card.className = 'ui-panel ui-widget ui-widget-content ui-corner-all sb-pop-preview';
    card.setAttribute('data-linked-id', pop.linkedId);
    var line = function (text, className) {
        var element = document.createElement('div');
        element.className = className;
        element.textContent = text;
        card.appendChild(element);
    };
    line('Incoming call' + (pop.queue ? ' · queue ' + pop.queue : ''), 'ui-panel-titlebar sb-muted');
    line(pop.number + (pop.callerName ? '  ' + pop.callerName : ''), 'sb-caller');
    if (pop.matches === 1) {
        line(pop.contactName + (pop.accountName ? ' · ' + pop.accountName : ''), 'sb-contact');
    } else if (pop.matches > 1) {
        line(pop.matches + ' contacts have this number: loading…', 'sb-contact');
    } else {
        line('Unknown caller', 'sb-contact sb-muted');
    }
    return card;
};

/*
 * The console's heartbeat: while this page is open it says so (see AgentTimers for what happens when it stops),
 * and it is how the desk finds out that it lost the server. A network error or an answer that is not 2xx (the
 * server restarting, the database gone) shows "connection lost, reconnecting" at once and tries every
 * two seconds; when the server answers again the page reloads itself, so state, pop and live updates are fresh.
 * The login page (as a redirect or as the answer itself), 401 or 403 means the login session is gone (its
 * lifetime ended, a logout in another tab): "signed out, log in again", with the link. After a restart the
 * session comes back by itself (the resume cookie, see SwitchboardAuthentication), so the desk just reloads.
 * The agent stays signed in to their phone meanwhile: the server gives every console a new grace period when it
 * comes back (AgentTimers).
 */
Switchboard.heartbeat = function (url, millis) {
    var retryMillis = 2000;
    var timer = null;
    var inFlight = false;
    var schedule = function (delay) {
        clearTimeout(timer);
        timer = setTimeout(beat, delay);
    };
    var beat = function () {
        if (inFlight) {
            return;
        }
        inFlight = true;
        fetch(url, {method: 'POST', credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
            headers: {'X-Switchboard-Console': '1', 'Accept': 'application/json'}})
            .then(function (response) {
                inFlight = false;
                // The login mechanism may answer a request without a session with the login page itself
                // (200, HTML) instead of a redirect: the heartbeat's own answer is 204 or JSON, never a page.
                // (An error page while the server restarts is HTML too, but no 2xx.)
                var page = response.ok && (response.headers.get('Content-Type') || '').indexOf('text/html') >= 0;
                if (response.ok && !page) {
                    Switchboard.connectionUp();
                    schedule(millis);
                } else if (page || response.type === 'opaqueredirect' || response.status === 401
                    || response.status === 403) {
                    Switchboard.connectionDown('signedOut');
                    schedule(millis);
                } else {
                    Switchboard.connectionDown('lost');
                    schedule(retryMillis);
                }
            }, function () {
                inFlight = false;
                Switchboard.connectionDown('lost');
                schedule(retryMillis);
            });
    };
    Switchboard.beatNow = beat;
    beat();
};

Switchboard.connectionState = 'up';

Switchboard.connectionDown = function (state) {
    var banner = document.getElementById('sbConnection');
    if (!banner || Switchboard.connectionState === state) {
        return;
    }
    Switchboard.connectionState = state;
    banner.replaceChildren();
    banner.setAttribute('data-state', state);
    if (state === 'signedOut') {
        banner.append(banner.getAttribute('data-signed-out') + ' ');
        var link = document.createElement('a');
        link.id = 'sbLogInAgain';
        link.href = window.location.pathname; // the login page, then back to this desk
        link.textContent = banner.getAttribute('data-log-in');
        banner.append(link);
    } else {
        banner.textContent = banner.getAttribute('data-lost');
    }
    banner.hidden = false;
};

Switchboard.connectionUp = function () {
    if (Switchboard.connectionState === 'up') {
        return;
    }
    // Whatever was missed (pushes, state changes, the view itself after a restart): a fresh page has it. A GET,
    // never a repeated form post.
    window.location.href = window.location.pathname + window.location.search;
};

document.addEventListener('DOMContentLoaded', function () {
    var heartbeat = document.getElementById('sbHeartbeat');
    if (heartbeat) {
        Switchboard.heartbeat(heartbeat.getAttribute('data-url'), Number(heartbeat.getAttribute('data-millis')));
    }
});

/* An agent must see when live updates stop (a pop would not come): a banner until the connection is back. */
Switchboard.pushOpened = function () {
    console.info('switchboard push: connected');
    var banner = document.getElementById('pushDown');
    if (banner) {
        banner.style.display = 'none';
    }
};

Switchboard.pushClosed = function (code) {
    console.warn('switchboard push: closed, code ' + code);
    var banner = document.getElementById('pushDown');
    if (banner) {
        banner.style.display = 'block';
    }
    Switchboard.checkNow();
};

/* The push connection failed and retries: ask the server at once whether it (and the session) is still there. */
Switchboard.pushError = function (code) {
    console.warn('switchboard push: error, code ' + code);
    Switchboard.checkNow();
};

Switchboard.checkNow = function () {
    if (typeof Switchboard.beatNow === 'function') {
        Switchboard.beatNow();
    }
};
