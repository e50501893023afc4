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

    document.querySelectorAll('[data-print]').forEach((button) => {
        button.hidden = false;
        button.addEventListener('click', () => window.print());
    });
});
