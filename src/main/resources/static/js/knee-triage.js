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

    // Printing shows every collapsed part, such as the answers.
    window.addEventListener('beforeprint', () => {
        document.querySelectorAll('details').forEach((details) => {
            details.open = true;
        });
    });

    document.querySelectorAll('[data-print]').forEach((button) => {
        button.hidden = false;
        button.addEventListener('click', () => window.print());
    });
});
