/*
 * On every console page. Click-to-dial: each phone number is an <a class="sb-dial" href="tel:..."> (sb:phone);
 * a plain click asks the server to have the PBX ring the agent's own phone, then the number, and says what
 * happened. Requests the console sends itself carry X-Switchboard-Console, which a cross-site form cannot set
 * (see ConsoleRequestFilter): a page elsewhere cannot make an agent's browser place calls.
 */
var Switchboard = Switchboard || {};

/* The application's path, from the page's <meta name="sb-context-path"> (no inline script sets it). */
Switchboard.contextPath = '';
document.addEventListener('DOMContentLoaded', function () {
    var meta = document.querySelector('meta[name="sb-context-path"]');
    Switchboard.contextPath = meta ? meta.getAttribute('content') : '';
});

Switchboard.post = function (path, form) {
    return fetch(Switchboard.contextPath + path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-Switchboard-Console': '1',
            'Accept': 'application/json'},
        body: form || ''
    });
};

/* A short message at the top of the page; text only (it may repeat a number typed by someone else). */
Switchboard.notify = function (text, isError) {
    var box = document.getElementById('sbNotice');
    if (!box) {
        return;
    }
    box.textContent = text;
    box.className = isError ? 'sb-notice sb-notice-error' : 'sb-notice';
    box.style.display = 'block';
    clearTimeout(Switchboard.noticeTimer);
    Switchboard.noticeTimer = setTimeout(function () {
        box.style.display = 'none';
    }, isError ? 8000 : 4000);
};

Switchboard.dial = function (number) {
    Switchboard.notify('Calling your phone first, then ' + number + '…', false);
    return Switchboard.post('/api/agents/me/dial', 'number=' + encodeURIComponent(number))
        .then(function (response) {
            if (response.ok) {
                Switchboard.notify('Your phone rings: answer it and the PBX calls ' + number + '.', false);
                return true;
            }
            if (response.status === 403) {
                Switchboard.notify('Only agents can place calls from the console.', true);
                return false;
            }
            return response.json().then(function (body) {
                Switchboard.notify(body && body.error ? body.error : 'The call could not be placed.', true);
                return false;
            }, function () {
                Switchboard.notify('The call could not be placed (' + response.status + ').', true);
                return false;
            });
        }, function () {
            Switchboard.notify('The server cannot be reached; the call was not placed.', true);
            return false;
        });
};

document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.sb-dial') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return; // a modified click leaves the tel: link to the operating system (a softphone)
    }
    event.preventDefault();
    Switchboard.dial(decodeURIComponent(link.getAttribute('href').replace(/^tel:/, '')));
});

/*
 * tel: links on other sites (a CRM, an intranet page) open the console's dial page when the agent has made
 * Switchboard their browser's handler for tel: (the button on the desk). The page asks before it calls.
 */
Switchboard.registerTelHandler = function () {
    if (!navigator.registerProtocolHandler) {
        Switchboard.notify('This browser cannot open tel: links with a web page.', true);
        return;
    }
    navigator.registerProtocolHandler('tel', window.location.origin + Switchboard.contextPath
        + '/agent/dial.xhtml?number=%s');
    Switchboard.notify('Your browser asks whether Switchboard may open tel: links; accept it there.', false);
};
