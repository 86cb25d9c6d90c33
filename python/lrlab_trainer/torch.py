"""PyTorch helper: applies lrlab's rates to an optimizer's parameter groups.

    scheduler = LRLabScheduler(optimizer, trial)   # sets the first rates
    ...
    optimizer.step()
    scheduler.step(loss.item())                    # reports, then sets the next rates

Like a ``torch.optim.lr_scheduler`` object, but the values come from lrlab's schedule. torch
itself is not imported: any object with ``param_groups`` works.
"""


class LRLabScheduler:
    def __init__(self, optimizer, trial):
        self.optimizer = optimizer
        self.trial = trial
        self._apply()

    def step(self, train_loss, grad_norm=None):
        """Reports the update; returns False when lrlab stopped the trial."""
        going = self.trial.report_update(train_loss, grad_norm)
        if going:
            self._apply()
        return going

    def end_epoch(self, metrics):
        going = self.trial.end_epoch(metrics)
        if going:
            self._apply()
        return going

    def get_last_lr(self):
        return [group["lr"] for group in self.optimizer.param_groups]

    def _apply(self):
        groups = self.optimizer.param_groups
        rates = self.trial.lr
        for index, group in enumerate(groups):
            # One rate for every group when lrlab schedules a single group.
            group["lr"] = rates[index] if index < len(rates) else rates[-1]
            momentum = self.trial.momentum
            if momentum is not None:
                if "betas" in group:
                    group["betas"] = (momentum, group["betas"][1])
                elif "momentum" in group:
                    group["momentum"] = momentum
