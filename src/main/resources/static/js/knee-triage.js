// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
    // After a failed submit, move focus to the list of problems so screen readers announce it.
    const summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }

    document.querySelectorAll('[data-copy]').forEach((button) => {
        const field = document.getElementById(button.dataset.copy);
        if (!field || !navigator.clipboard) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', async () => {
            const status = button.closest('article')?.querySelector('.copy-status');
            try {
                await navigator.clipboard.writeText(field.value);
                if (status) {
                    status.textContent = button.dataset.copied;
                }
            } catch (e) {
                field.select();
            }
        });
    });

    // The injury questions only matter for a sudden start: without JavaScript they are always shown.
    document.querySelectorAll('[data-show-when-onset]').forEach((group) => {
        const wanted = group.dataset.showWhenOnset;
        const radios = document.querySelectorAll('input[name="onset"]');
        const update = () => {
            const chosen = document.querySelector('input[name="onset"]:checked');
            group.hidden = !chosen || chosen.value !== wanted;
            // Hidden answers are not sent: a runner who changes their mind leaves nothing behind.
            group.querySelectorAll('input').forEach((input) => {
                input.disabled = group.hidden;
            });
        };
        radios.forEach((radio) => radio.addEventListener('change', update));
        update();
    });

    // The knee diagram lights up the place the runner picked.
    const diagram = document.querySelector('.knee-diagram');
    if (diagram) {
        const mark = () => {
            const chosen = document.querySelector('input[name="location"]:checked');
            diagram.querySelectorAll('.area').forEach((area) => {
                area.classList.toggle('chosen', !!chosen && area.dataset.area === chosen.value);
            });
        };
        document.querySelectorAll('input[name="location"]').forEach((radio) => radio.addEventListener('change', mark));
        mark();
    }

    // Printing shows every collapsed part, such as the answers.
    window.addEventListener('beforeprint', () => {
        document.querySelectorAll('details').forEach((details) => {
            details.open = true;
        });
    });

    // The native share sheet, where the browser has one; the link and copy button stay either way.
    document.querySelectorAll('[data-share]').forEach((button) => {
        const shared = { title: button.dataset.shareTitle, text: button.dataset.shareText, url: button.dataset.shareUrl };
        if (!navigator.share || (navigator.canShare && !navigator.canShare(shared))) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', () => navigator.share(shared).catch(() => {}));
    });

    // Times are written in UTC by the server; the reader's own clock says which zone they live in.
    const localise = () => {
        document.querySelectorAll('time[data-local-time]').forEach((time) => {
            time.textContent = new Date(time.dateTime).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
        });
        document.querySelectorAll('time[data-local-date]').forEach((time) => {
            const date = time.hasAttribute('data-now') ? new Date() : new Date(time.dateTime);
            time.textContent = date.toLocaleDateString(undefined, { dateStyle: 'long' });
        });
    };
    localise();
    window.addEventListener('beforeprint', localise);

    document.querySelectorAll('[data-print]').forEach((button) => {
        button.hidden = false;
        button.addEventListener('click', () => window.print());
    });

    // The condition builder: picking a question or a kind of group shows its choices at once
    // (without JavaScript the "Show the choices" button does the same), and the page comes
    // back where the admin was.
    const remembered = sessionStorage.getItem('builder-scroll');
    if (remembered !== null) {
        sessionStorage.removeItem('builder-scroll');
        window.scrollTo(0, Number(remembered));
    }
    document.querySelectorAll('[data-builder-refresh-button]').forEach((button) => {
        button.hidden = true;
    });
    document.querySelectorAll('button[name="builder"]').forEach((button) => {
        button.addEventListener('click', () => sessionStorage.setItem('builder-scroll', String(window.scrollY)));
    });
    document.querySelectorAll('[data-builder-refresh]').forEach((input) => {
        input.addEventListener('change', () => {
            const refresh = input.closest('.depth-0')?.querySelector('[data-builder-refresh-button]');
            if (refresh) {
                sessionStorage.setItem('builder-scroll', String(window.scrollY));
                input.form.requestSubmit(refresh);
            }
        });
    });

    // Removing asks first; without JavaScript nothing is lost either, since a list is only saved with Save.
    document.querySelectorAll('button[data-confirm]').forEach((button) => {
        button.addEventListener('click', (event) => {
            if (!window.confirm(button.dataset.confirm)) {
                event.preventDefault();
            }
        });
    });

    // Actions that cannot be undone have a page that asks first; with JavaScript the same
    // question comes as a dialog, and Yes sends that page's own form (with its CSRF token).
    document.querySelectorAll('a[data-confirm-page]').forEach((link) => {
        link.addEventListener('click', async (event) => {
            event.preventDefault();
            try {
                const response = await fetch(link.href, { credentials: 'same-origin' });
                const page = new DOMParser().parseFromString(await response.text(), 'text/html');
                const form = page.querySelector('main form[method="post"]');
                const question = [page.querySelector('main h1'), page.querySelector('main h1 + p')]
                    .filter((part) => part)
                    .map((part) => part.textContent.trim())
                    .join('\n\n');
                if (!response.ok || !form) {
                    window.location.href = link.href;
                    return;
                }
                if (window.confirm(question)) {
                    const own = document.importNode(form, true);
                    own.hidden = true;
                    document.body.appendChild(own);
                    own.submit();
                }
            } catch (e) {
                window.location.href = link.href;
            }
        });
    });
});
