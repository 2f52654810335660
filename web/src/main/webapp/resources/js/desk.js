/*
 * The agent desk's push handler. The connector's hint of an offered call arrives with the caller itself: it is
 * painted at once into the pop panel (as text only: textContent, never HTML, since a caller-ID name is
 * attacker-controlled). The full card, rendered and escaped on the server, replaces it when the durable path has
 * recorded the call ("pop", an event name handled by the f:ajax tags of f:websocket, like "ended" and "state").
 */
var Switchboard = Switchboard || {};

Switchboard.onPush = function (message) {
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

/* The console's heartbeat: while this page is open it says so; see AgentTimers for what happens when it stops. */
Switchboard.heartbeat = function (url, millis) {
    var beat = function () {
        fetch(url, {method: 'POST', credentials: 'same-origin', headers: {'X-Switchboard-Console': '1'}})
            .catch(function () {
                // offline for a moment: the next beat tries again, the grace period covers the gap
            });
    };
    beat();
    setInterval(beat, millis);
};

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
};
